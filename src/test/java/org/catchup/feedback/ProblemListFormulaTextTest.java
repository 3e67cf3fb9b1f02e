package org.catchup.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Submitted text in a problem list must open in a spreadsheet as text, never run as a formula. */
class ProblemListFormulaTextTest {

	@Test
	void textThatASpreadsheetWouldRunGetsALeadingApostrophe() {
		assertThat(ProblemListCsv.text("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
		assertThat(ProblemListCsv.text("+1")).isEqualTo("'+1");
		assertThat(ProblemListCsv.text("@SUM(1)")).isEqualTo("'@SUM(1)");
		assertThat(ProblemListCsv.text("-2+3")).isEqualTo("'-2+3");
		assertThat(ProblemListCsv.text("\tcmd")).isEqualTo("'\tcmd");
	}

	@Test
	void ordinaryTextAndNegativeNumbersStayAsFound() {
		assertThat(ProblemListCsv.text("Brigade Glück auf")).isEqualTo("Brigade Glück auf");
		assertThat(ProblemListCsv.text("-5")).isEqualTo("-5");
		assertThat(ProblemListCsv.text("-1 234,5")).isEqualTo("-1 234,5");
		assertThat(ProblemListCsv.text("")).isEmpty();
		assertThat(ProblemListCsv.text(null)).isNull();
	}

}
