package org.catchup.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Submitted text in a problem list must open in a spreadsheet as text, never run as a formula. */
class ProblemListFormulaTextTest {

	@Test
	void textThatASpreadsheetWouldRunGetsALeadingApostrophe() {
		assertThat(SubmissionFiles.text("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
		assertThat(SubmissionFiles.text("+1")).isEqualTo("'+1");
		assertThat(SubmissionFiles.text("@SUM(1)")).isEqualTo("'@SUM(1)");
		assertThat(SubmissionFiles.text("-2+3")).isEqualTo("'-2+3");
		assertThat(SubmissionFiles.text("\tcmd")).isEqualTo("'\tcmd");
	}

	@Test
	void ordinaryTextAndNegativeNumbersStayAsFound() {
		assertThat(SubmissionFiles.text("Brigade Glück auf")).isEqualTo("Brigade Glück auf");
		assertThat(SubmissionFiles.text("-5")).isEqualTo("-5");
		assertThat(SubmissionFiles.text("-1 234,5")).isEqualTo("-1 234,5");
		assertThat(SubmissionFiles.text("")).isEmpty();
		assertThat(SubmissionFiles.text(null)).isNull();
	}

}
