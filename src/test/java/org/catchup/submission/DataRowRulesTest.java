package org.catchup.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catchup.submission.Submissions.line;
import static org.catchup.submission.Submissions.lineWith;
import static org.catchup.submission.Submissions.read;
import static org.catchup.submission.Submissions.report;

import org.catchup.validation.Problem;
import org.catchup.validation.ProblemCode;
import org.junit.jupiter.api.Test;

/** Data rows start in row 6: plan is E6, actual F6, headcount G6, striving title H6. */
class DataRowRulesTest {

	@Test
	void emptyTeamCodeIsAnError() {
		var outcome = read(report().row(lineWith(1, null)).row(line("T02", "COAL", 1, 1)));

		Problem problem = outcome.only(ProblemCode.EMPTY_TEAM_CODE);
		assertThat(problem.cell()).isEqualTo("B6");
		assertThat(problem.column()).isEqualTo("Team code");
		assertThat(outcome.lines()).extracting(SubmissionLine::teamCode).containsExactly("T02");
	}

	@Test
	void unknownIndicatorIsAnError() {
		var outcome = read(report().row(lineWith(3, "KOHLE")));

		Problem problem = outcome.only(ProblemCode.UNKNOWN_INDICATOR);
		assertThat(problem.cell()).isEqualTo("D6");
		assertThat(problem.value()).isEqualTo("KOHLE");
		assertThat(outcome.lines()).isEmpty();
	}

	@Test
	void missingPlanIsMissingNumber() {
		var outcome = read(report().row(lineWith(4, null)));

		assertThat(outcome.only(ProblemCode.MISSING_NUMBER).cell()).isEqualTo("E6");
	}

	@Test
	void textThatIsNoNumberIsNotANumber() {
		var outcome = read(report().row(lineWith(5, "about 90")));

		Problem problem = outcome.only(ProblemCode.NOT_A_NUMBER);
		assertThat(problem.cell()).isEqualTo("F6");
		assertThat(problem.value()).isEqualTo("about 90");
	}

	@Test
	void booleanOrDateWhereAQuantityBelongsIsNotANumber() {
		var outcome = read(report().row(lineWith(4, SheetBuilder.bool(true))).row(line("T02", "COAL", 1,
				SheetBuilder.date(21778))));

		assertThat(outcome.report().problems()).extracting(Problem::code, Problem::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.NOT_A_NUMBER, "E6"),
					org.assertj.core.groups.Tuple.tuple(ProblemCode.NOT_A_NUMBER, "F7"));
	}

	@Test
	void ambiguousNumberIsAnErrorNamingTheCell() {
		var outcome = read(report().row(lineWith(5, "1,234")));

		Problem problem = outcome.only(ProblemCode.AMBIGUOUS_NUMBER);
		assertThat(problem.cell()).isEqualTo("F6");
		assertThat(problem.location()).isEqualTo("Report!F6");
		assertThat(problem.value()).isEqualTo("1,234");
		assertThat(problem.message()).isEqualTo(
				"Actual '1,234' is ambiguous: it could mean 1234 or 1.234. Write 1234 without a separator, or enter the value as a number.");
		assertThat(outcome.lines()).isEmpty();
	}

	@Test
	void negativeNumberIsAnError() {
		var outcome = read(report().row(lineWith(4, -5)));

		assertThat(outcome.only(ProblemCode.NEGATIVE_NUMBER).cell()).isEqualTo("E6");
	}

	@Test
	void errorCellIsAnError() {
		var outcome = read(report().row(lineWith(5, SheetBuilder.error("#DIV/0!"))));

		Problem problem = outcome.only(ProblemCode.ERROR_CELL);
		assertThat(problem.cell()).isEqualTo("F6");
		assertThat(problem.value()).isEqualTo("#DIV/0!");
	}

	@Test
	void formulaWithoutStoredResultIsAnError() {
		var outcome = read(report().row(lineWith(5, SheetBuilder.formulaWithoutResult("E6*0.95"))));

		assertThat(outcome.only(ProblemCode.FORMULA_WITHOUT_RESULT).cell()).isEqualTo("F6");
	}

	@Test
	void secondRowOfTheSameTeamAndIndicatorIsADuplicateNamingTheFirst() {
		var outcome = read(report().row(line("T01", "COAL", 100, 95))
			.row(line("T01", "ORE", 10, 10))
			.row(line("T01", "COAL", 100, 95)));

		Problem problem = outcome.only(ProblemCode.DUPLICATE_TEAM_INDICATOR);
		assertThat(problem.cell()).isEqualTo("B8");
		assertThat(problem.message()).contains("row 6").contains("row 8");
		assertThat(outcome.lines()).hasSize(2);
	}

	@Test
	void headcountMustBeAWholeNumberOfAtLeastOne() {
		var outcome = read(report().row(lineWith(6, 2.5)).row(line("T02", "COAL", 1, 1)));

		assertThat(outcome.only(ProblemCode.INVALID_HEADCOUNT).cell()).isEqualTo("G6");
	}

	@Test
	void zeroHeadcountIsInvalidButBlankIsFine() {
		Object[] blank = line("T02", "COAL", 1, 1);
		blank[6] = null;
		var outcome = read(report().row(lineWith(6, 0)).row(blank));

		assertThat(outcome.only(ProblemCode.INVALID_HEADCOUNT).cell()).isEqualTo("G6");
		assertThat(outcome.lines()).singleElement().satisfies(l -> assertThat(l.headcount()).isNull());
	}

	@Test
	void strivingTitleAcceptsOnlyYesNoJaNeinX() {
		var outcome = read(report().row(lineWith(7, "maybe"))
			.row(line("T02", "COAL", 1, 1))
			.row(lineWith7("T03", "NEIN"))
			.row(lineWith7("T04", "X"))
			.row(lineWith7("T05", null)));

		assertThat(outcome.only(ProblemCode.INVALID_STRIVING_TITLE).cell()).isEqualTo("H6");
		assertThat(outcome.lines()).extracting(SubmissionLine::strivingForTitle)
			.containsExactly(true, false, true, false);
	}

	@Test
	void allProblemsOfARowAreReportedInOnePass() {
		var outcome = read(report().row("North", null, "Brigade", "KOHLE", "1.234", SheetBuilder.error("#REF!"),
				"many", "vielleicht"));

		assertThat(outcome.report().problems()).extracting(Problem::code, Problem::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.EMPTY_TEAM_CODE, "B6"),
					org.assertj.core.groups.Tuple.tuple(ProblemCode.UNKNOWN_INDICATOR, "D6"),
					org.assertj.core.groups.Tuple.tuple(ProblemCode.AMBIGUOUS_NUMBER, "E6"),
					org.assertj.core.groups.Tuple.tuple(ProblemCode.ERROR_CELL, "F6"),
					org.assertj.core.groups.Tuple.tuple(ProblemCode.INVALID_HEADCOUNT, "G6"),
					org.assertj.core.groups.Tuple.tuple(ProblemCode.INVALID_STRIVING_TITLE, "H6"));
	}

	@Test
	void validRowsReachTheSinkWithTheirValues() {
		var outcome = read(report().row("North", "T01", "Brigade T01", "COAL", 100, 95.5, 12, "x", "fine"));

		assertThat(outcome.lines()).containsExactly(new SubmissionLine(6, "North", "T01", "Brigade T01", "COAL",
				new java.math.BigDecimal("100.0"), new java.math.BigDecimal("95.5"), 12, true, "fine"));
		assertThat(outcome.report().lineCount()).isEqualTo(1);
	}

	private static Object[] lineWith7(String team, Object striving) {
		Object[] line = line(team, "COAL", 1, 1);
		line[7] = striving;
		return line;
	}

}
