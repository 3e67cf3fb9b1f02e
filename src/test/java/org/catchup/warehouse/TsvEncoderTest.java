package org.catchup.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TsvEncoderTest {

	@Test
	void decimalsAreWrittenAsTheirPlainStrings() {
		Random random = new Random(1959);
		for (int i = 0; i < 20_000; i++) {
			BigDecimal value = new BigDecimal(BigInteger.valueOf(random.nextLong() >> random.nextInt(64)),
					random.nextInt(24) - 3);
			assertThat(written(value)).as("%s at scale %d", value.unscaledValue(), value.scale())
				.isEqualTo(value.toPlainString());
		}
		for (String text : new String[] { "0", "0.0", "0.0000", "-0.5", "0.0005", "100.0", "-100.0", "1234.5678",
				"99999999999999.9999", "123456789012345678", "1234567890123456789", "1E+3", "-1E-20" }) {
			assertThat(written(new BigDecimal(text))).isEqualTo(new BigDecimal(text).toPlainString());
		}
	}

	@Test
	void wholeNumbersAreWrittenAsTheirDigits() {
		for (long value : new long[] { 0, 1, -1, 9, 10, 99, 100, 123456789, -987654321, Integer.MAX_VALUE,
				Long.MAX_VALUE, Long.MIN_VALUE, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L }) {
			TsvEncoder encoder = new TsvEncoder(4);
			encoder.number(value);
			assertThat(new String(encoder.take(), StandardCharsets.US_ASCII)).isEqualTo(Long.toString(value));
		}
		TsvEncoder encoder = new TsvEncoder(4);
		encoder.number((Integer) null);
		encoder.tab();
		encoder.number(Integer.valueOf(-42));
		assertThat(new String(encoder.take(), StandardCharsets.US_ASCII)).isEqualTo("\\N\t-42");
	}

	private static String written(BigDecimal value) {
		TsvEncoder encoder = new TsvEncoder(2);
		encoder.number(value);
		return new String(encoder.take(), StandardCharsets.US_ASCII);
	}

}
