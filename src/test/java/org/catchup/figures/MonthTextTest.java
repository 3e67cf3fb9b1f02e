package org.catchup.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.catchup.figures.MonthText.Fault;
import org.catchup.figures.MonthText.Refused;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MonthTextTest {

	private static final Clock MARCH_2026 = Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneOffset.UTC);

	@ParameterizedTest
	@CsvSource({ "1959-09, 1959-09", "' 1959-10 ', 1959-10", "2026-03, 2026-03" })
	void readsYearDashMonthWithBlanksAround(String text, String month) {
		assertThat(MonthText.parseBegun(text, MARCH_2026)).isEqualTo(YearMonth.parse(month));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "1959-9", "1959/09", "59-09", "September 1959", "+11959-09", "1959-09-01" })
	void refusesWhatIsNotWrittenAsYearDashMonth(String text) {
		assertThatExceptionOfType(Refused.class).isThrownBy(() -> MonthText.parse(text))
			.satisfies(refused -> assertThat(refused.fault()).isEqualTo(Fault.NOT_A_MONTH))
			.satisfies(refused -> assertThat(refused.text()).isEqualTo(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1959-13", "1959-00" })
	void refusesAMonthNumberOutsideTheYear(String text) {
		assertThatExceptionOfType(Refused.class).isThrownBy(() -> MonthText.parse(text))
			.satisfies(refused -> assertThat(refused.fault()).isEqualTo(Fault.NO_SUCH_MONTH));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-04", "2100-01" })
	void refusesAMonthThatHasNotBegunWhenAskedTo(String text) {
		assertThat(MonthText.parse(text)).isEqualTo(YearMonth.parse(text));
		assertThatExceptionOfType(Refused.class).isThrownBy(() -> MonthText.parseBegun(text, MARCH_2026))
			.satisfies(refused -> assertThat(refused.fault()).isEqualTo(Fault.NOT_BEGUN));
	}

}
