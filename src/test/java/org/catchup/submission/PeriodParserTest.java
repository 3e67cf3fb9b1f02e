package org.catchup.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.catchup.spreadsheet.CellKind;
import org.catchup.spreadsheet.SheetCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodParserTest {

	@ParameterizedTest(name = "''{0}'' is {1}")
	@CsvSource(delimiter = '|', value = { "1959-08|1959-08", "1959-8|1959-08", "08/1959|1959-08", "8/1959|1959-08",
			"08.1959|1959-08", "August 1959|1959-08", "august 1959|1959-08", "AUG 1959|1959-08",
			"Aug. 1959|1959-08", "März 1959|1959-03", "Maerz 1959|1959-03", "Januar 1960|1960-01",
			"Dezember 1959|1959-12", "Oktober 1959|1959-10", "Mai 1959|1959-05", "17.08.1959|1959-08",
			"1959-08-17|1959-08", "  1959-08  |1959-08" })
	void acceptedSpellingsGiveTheMonth(String text, String expected) {
		assertThat(PeriodParser.parseText(text)).contains(YearMonth.parse(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Sommer 1959", "1959", "13/1959", "1959-13", "00/1959", "August", "59-08", "Aug 59",
			"", "next month" })
	void anythingElseIsMalformed(String text) {
		assertThat(PeriodParser.parseText(text)).isEmpty();
	}

	@Test
	void dateCellGivesItsMonth() {
		SheetCell cell = new SheetCell(1, CellKind.DATE, "21778", 21778, false);

		assertThat(PeriodParser.parse(cell)).contains(YearMonth.of(1959, 8));
	}

	@Test
	void plainNumberCellIsNoPeriod() {
		SheetCell cell = new SheetCell(1, CellKind.NUMBER, "195908", 195908, false);

		assertThat(PeriodParser.parse(cell)).isEmpty();
	}

}
