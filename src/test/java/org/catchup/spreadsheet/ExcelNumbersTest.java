package org.catchup.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExcelNumbersTest {

	@Test
	void showsNumbersAsExcelsGeneralFormatDoes() {
		assertThat(ExcelNumbers.general(81.9)).isEqualTo("81.9");
		assertThat(ExcelNumbers.general(81.90000000000001)).isEqualTo("81.9");
		assertThat(ExcelNumbers.general(0.1 + 0.2)).isEqualTo("0.3");
		assertThat(ExcelNumbers.general(1234.0)).isEqualTo("1234");
		assertThat(ExcelNumbers.general(-0.0)).isEqualTo("0");
		assertThat(ExcelNumbers.general(-12.5)).isEqualTo("-12.5");
		assertThat(ExcelNumbers.general(0.000001)).isEqualTo("0.000001");
		assertThat(ExcelNumbers.general(123456789012.0)).isEqualTo("123456789012");
		assertThat(ExcelNumbers.general(1e20)).isEqualTo("1E+20");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(doubles = { 1, -1, 7, 100, 1000, 123456, -98765, 1e7, 99999999999999.0, 999999999999999.0,
			-999999999999999.0, 1e15, 1234567890123456.0, 1e16 })
	void wholeNumbersShowAsExcelShowsThem(double number) {
		assertThat(ExcelNumbers.general(number)).isEqualTo(generalByRounding(number));
	}

	/** Fifteen significant digits the long way, for any value. */
	private static String generalByRounding(double value) {
		java.math.BigDecimal rounded = new java.math.BigDecimal(Double.toString(value))
			.round(new java.math.MathContext(15))
			.stripTrailingZeros();
		return Math.abs(value) >= 1e15 ? rounded.toString() : rounded.toPlainString();
	}

}
