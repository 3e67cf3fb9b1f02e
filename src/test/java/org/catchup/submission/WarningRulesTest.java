package org.catchup.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catchup.submission.Submissions.HISTORY;
import static org.catchup.submission.Submissions.RULES;
import static org.catchup.submission.Submissions.line;
import static org.catchup.submission.Submissions.lineWith;
import static org.catchup.submission.Submissions.read;
import static org.catchup.submission.Submissions.report;

import org.catchup.validation.Problem;
import org.catchup.validation.ProblemCode;
import org.catchup.validation.Severity;
import org.catchup.validation.TeamHistory;
import org.junit.jupiter.api.Test;

/** Warnings never stop a row from loading. */
class WarningRulesTest {

	@Test
	void numberTypedAsTextIsAcceptedWithAWarning() {
		var outcome = read(report().row(lineWith(5, "1.234,5")));

		Problem problem = outcome.only(ProblemCode.NUMBER_AS_TEXT);
		assertThat(problem.cell()).isEqualTo("F6");
		assertThat(problem.severity()).isEqualTo(Severity.WARNING);
		assertThat(outcome.lines()).singleElement()
			.satisfies(line -> assertThat(line.actual()).isEqualByComparingTo("1234.5"));
	}

	@Test
	void actualAboveTwiceThePlanIsAWarning() {
		var outcome = read(report().row(line("T01", "COAL", 100, 201)));

		assertThat(outcome.only(ProblemCode.ACTUAL_ABOVE_TWICE_PLAN).cell()).isEqualTo("F6");
		assertThat(outcome.lines()).hasSize(1);
	}

	@Test
	void zeroPlanWithActualIsAWarning() {
		var outcome = read(report().row(line("T01", "COAL", 0, 5)));

		assertThat(outcome.only(ProblemCode.ZERO_PLAN_WITH_ACTUAL).cell()).isEqualTo("E6");
		assertThat(outcome.codes()).doesNotContain(ProblemCode.ACTUAL_ABOVE_TWICE_PLAN);
	}

	@Test
	void teamNeverSeenBeforeIsNewOncePerTeam() {
		var outcome = read(RULES, HISTORY, report().row(line("T01", "COAL", 150, 150))
			.row(line("T09", "COAL", 10, 10))
			.row(line("T09", "ORE", 10, 10)));

		Problem problem = outcome.only(ProblemCode.NEW_TEAM);
		assertThat(problem.cell()).isEqualTo("B7");
		assertThat(problem.value()).isEqualTo("T09");
	}

	@Test
	void noTeamIsNewForAnEnterpriseWithoutHistory() {
		var outcome = read(RULES, TeamHistory.NONE, report().row(line("T09", "COAL", 10, 10)));

		assertThat(outcome.report().problems()).isEmpty();
	}

	@Test
	void changedTeamNameIsAWarningOnTheNameCell() {
		Object[] renamed = line("T01", "COAL", 150, 150);
		renamed[2] = "Brigade Rosa Luxemburg";
		var outcome = read(RULES, HISTORY, report().row(renamed));

		Problem problem = outcome.only(ProblemCode.TEAM_NAME_CHANGED);
		assertThat(problem.cell()).isEqualTo("C6");
		assertThat(problem.message()).contains("Brigade T01").contains("Brigade Rosa Luxemburg");
	}

	@Test
	void actualFarOutsideTheTeamsHistoryIsAWarning() {
		// known range 100..200: accepted from 33.4 to 600
		var outcome = read(RULES, HISTORY, report().row(line("T01", "COAL", 700, 601))
			.row(line("T01", "ORE", 1, 1))
			.row(line("T02", "COAL", 30, 30)));

		assertThat(outcome.only(ProblemCode.ACTUAL_OUTSIDE_HISTORY).cell()).isEqualTo("F6");
	}

	@Test
	void actualJustInsideTheHistoryRangeIsFine() {
		var outcome = read(RULES, HISTORY, report().row(line("T01", "COAL", 600, 600)));

		assertThat(outcome.report().problems()).isEmpty();
	}

	@Test
	void actualBelowAThirdOfTheLowestIsOutside() {
		var outcome = read(RULES, HISTORY, report().row(line("T01", "COAL", 30, 33)));

		assertThat(outcome.only(ProblemCode.ACTUAL_OUTSIDE_HISTORY).cell()).isEqualTo("F6");
	}

	@Test
	void warningsAloneLeaveTheSubmissionLoadable() {
		var outcome = read(RULES, HISTORY, report().row(line("T09", "COAL", 0, "5,5")));

		assertThat(outcome.report().hasErrors()).isFalse();
		assertThat(outcome.report().warningCount()).isEqualTo(3);
		assertThat(outcome.lines()).hasSize(1);
	}

}
