package org.catchup.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.catchup.spreadsheet.CellKind;
import org.catchup.spreadsheet.SheetCell;
import org.catchup.validation.NumberReading.Kind;
import org.catchup.validation.NumberReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

	@ParameterizedTest(name = "''{0}'' reads as {1}")
	@CsvSource(delimiter = '|', value = { "81,9|81.9", "81.9|81.9", "1.234,5|1234.5", "1,234.5|1234.5",
			"1 234,5|1234.5", "1 234|1234", "1234.5|1234.5", "1234|1234", "0|0", "  42  |42", "1.234.567|1234567",
			"1,234,567|1234567", "1.234.567,89|1234567.89", "1,234,567.89|1234567.89", "1,2345|1.2345",
			"12.34|12.34", "0,125|0.125", "0.125|0.125", ",5|0.5", "1 234,567|1234.567", "1\u00A0234,5|1234.5",
			"-5|-5", "-1.234,5|-1234.5", "+7|7" })
	void unambiguousTextIsANumberTypedAsText(String text, String expected) {
		NumberReading reading = NumberParser.parseText(text);

		assertThat(reading.kind()).isEqualTo(Kind.NUMBER_AS_TEXT);
		assertThat(reading.value()).isEqualByComparingTo(expected);
	}

	@ParameterizedTest(name = "''{0}'' is ambiguous")
	@ValueSource(strings = { "1,234", "1.234", "12,345", "123.456", "-1,234", " 1.234 " })
	void singleSeparatorFollowedByThreeDigitsIsAmbiguous(String text) {
		assertThat(NumberParser.parseText(text).kind()).isEqualTo(Kind.AMBIGUOUS);
		assertThat(NumberParser.parseText(text).value()).isNull();
	}

	@ParameterizedTest(name = "''{0}'' is not a number")
	@ValueSource(strings = { "abc", "12abc", "n/a", "-", "1.2.3,4.5", "1,23,456", "12 34", "1.23,4", "1e5", "..",
			"1,2,3", "100 %", "€ 5", "1.234.5", "1 234.567.8" })
	void malformedTextIsNotANumber(String text) {
		assertThat(NumberParser.parseText(text).kind()).isEqualTo(Kind.NOT_A_NUMBER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\u00A0" })
	void blankTextIsBlank(String text) {
		assertThat(NumberParser.parseText(text).kind()).isEqualTo(Kind.BLANK);
	}

	@Test
	void numericCellIsTakenExactlyAsStored() {
		NumberReading reading = NumberParser.read(new SheetCell(4, CellKind.NUMBER, "81.9", 81.9, false));

		assertThat(reading.kind()).isEqualTo(Kind.NUMBER);
		assertThat(reading.value()).isEqualByComparingTo("81.9");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(doubles = { 0.0, -0.0, 1, -1, 7, 100, 1234, -98765, 9_999_999, -9_999_999, 10_000_000, 12_345_678,
			1e15, 1e20, 0.5, 81.9, 81.90000000000001, 0.1 + 0.2, 1e-5, -2.5e-7, 123456.75, Double.MIN_VALUE,
			Double.MAX_VALUE })
	void aNumericCellsDecimalIsExactlyTheDoublesOwnValueAndScale(double number) {
		// BigDecimal.equals compares the scale too: 100 read as 100.0, as Double.toString writes it
		assertThat(NumberParser.decimal(number)).isEqualTo(java.math.BigDecimal.valueOf(number));
	}

	@Test
	void formulaResultCountsAsItsNumber() {
		NumberReading reading = NumberParser.read(new SheetCell(4, CellKind.NUMBER, "1234", 1234, true));

		assertThat(reading.kind()).isEqualTo(Kind.NUMBER);
		assertThat(reading.value()).isEqualByComparingTo("1234");
	}

	@Test
	void cellKindsThatHoldNoQuantityAreNamed() {
		assertThat(NumberParser.read(null).kind()).isEqualTo(Kind.BLANK);
		assertThat(NumberParser.read(new SheetCell(0, CellKind.ERROR, "#DIV/0!", 0, true)).kind())
			.isEqualTo(Kind.ERROR_CELL);
		assertThat(NumberParser.read(new SheetCell(0, CellKind.FORMULA_WITHOUT_RESULT, "A1*2", 0, true)).kind())
			.isEqualTo(Kind.FORMULA_WITHOUT_RESULT);
		assertThat(NumberParser.read(new SheetCell(0, CellKind.BOOLEAN, "TRUE", 0, false)).kind())
			.isEqualTo(Kind.NOT_A_NUMBER);
		assertThat(NumberParser.read(new SheetCell(0, CellKind.DATE, "21778", 21778, false)).kind())
			.isEqualTo(Kind.DATE);
	}

}
