package org.catchup.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.catchup.validation.Problem;
import org.catchup.validation.ProblemCode;
import org.catchup.validation.ProblemCollector;
import org.junit.jupiter.api.Test;

/** Past the listed problems of a kind, the rest are still counted: the report's totals are every one found. */
class ProblemCountsTest {

	@Test
	void warningsAndErrorsBeyondTheListedOnesAreCountedInTheTotals() {
		ProblemCollector collector = new ProblemCollector(2);
		for (int i = 0; i < 7; i++) {
			collector.accept(Problem.of(ProblemCode.NUMBER_AS_TEXT, "Report", "F" + (i + 10), "Plan", "1", "text"));
		}
		for (int i = 0; i < 4; i++) {
			collector.accept(Problem.of(ProblemCode.NOT_A_NUMBER, "Report", "G" + (i + 10), "Actual", "x", "bad"));
		}

		SubmissionReport report = new SubmissionReport("big.xlsx", null, collector.problems(), 11);

		assertThat(report.problems()).as("two listed of each kind, and one line for the rest of each").hasSize(6);
		assertThat(report.warningCount()).isEqualTo(7);
		assertThat(report.errorCount()).isEqualTo(4);
		assertThat(report.someOnlyCounted()).isTrue();
	}

}
