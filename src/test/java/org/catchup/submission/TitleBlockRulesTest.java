package org.catchup.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catchup.submission.Submissions.line;
import static org.catchup.submission.Submissions.read;
import static org.catchup.submission.Submissions.report;

import java.time.YearMonth;
import java.util.Set;

import org.catchup.validation.Problem;
import org.catchup.validation.ProblemCode;
import org.catchup.validation.SubmissionRules;
import org.catchup.validation.TeamHistory;
import org.junit.jupiter.api.Test;

class TitleBlockRulesTest {

	@Test
	void englishTitleBlockGivesTheHeader() {
		var outcome = read(report().row(line("T01", "COAL", 100, 95)));

		assertThat(outcome.report().problems()).isEmpty();
		assertThat(outcome.report().header())
			.isEqualTo(new SubmissionHeader("E01", YearMonth.of(1959, 8), "A. Clerk"));
		assertThat(outcome.lines()).hasSize(1);
	}

	@Test
	void germanLabelsAreReadCaseAndSpaceInsensitively() {
		var sheet = new SheetBuilder("Bericht").row("BETRIEB-NR.", "E02")
			.row("berichtsmonat:", "März 1959")
			.row("Bearbeiter", "K. Meier")
			.row("Abteilung", "Brigade-Nr.", "Brigade", "Kennziffer", "Soll", "Ist", "Beschäftigte", "Kampf um Titel",
					"Bemerkungen")
			.row("Revier 1", "B7", "Brigade Glück auf", "ORE", 50, 51, 8, "ja", "gut");

		var outcome = read(sheet);

		assertThat(outcome.report().problems()).isEmpty();
		assertThat(outcome.report().header())
			.isEqualTo(new SubmissionHeader("E02", YearMonth.of(1959, 3), "K. Meier"));
		assertThat(outcome.lines()).singleElement()
			.satisfies(line -> assertThat(line.strivingForTitle()).isTrue())
			.satisfies(line -> assertThat(line.headcount()).isEqualTo(8));
	}

	@Test
	void valueFurtherRightOrInTheLabelCellIsRead() {
		var sheet = new SheetBuilder("Report").row("Enterprise code", null, "E03")
			.row("Period: 1959-07")
			.row(Submissions.HEADER)
			.row(line("T01", "COAL", 100, 95));

		var outcome = read(sheet);

		assertThat(outcome.report().problems()).isEmpty();
		assertThat(outcome.report().header()).isEqualTo(new SubmissionHeader("E03", YearMonth.of(1959, 7), null));
	}

	@Test
	void malformedPeriodInTheLabelCellPointsAtThatCell() {
		var sheet = new SheetBuilder("Report").row("Enterprise code", "E01")
			.row("Berichtsmonat: Sommer")
			.row(Submissions.HEADER)
			.row(line("T01", "COAL", 100, 95));

		assertThat(read(sheet).only(ProblemCode.MALFORMED_PERIOD).cell()).isEqualTo("A2");
	}

	@Test
	void periodAsDateCellCountsByItsMonth() {
		// 21778 is 1959-08-17
		var outcome = read(report("E01", SheetBuilder.date(21778)).row(line("T01", "COAL", 100, 95)));

		assertThat(outcome.report().problems()).isEmpty();
		assertThat(outcome.report().header().period()).isEqualTo(YearMonth.of(1959, 8));
	}

	@Test
	void missingEnterpriseCodeIsReportedAtTheValueCell() {
		var outcome = read(report(null, "1959-08").row(line("T01", "COAL", 100, 95)));

		Problem problem = outcome.only(ProblemCode.MISSING_ENTERPRISE);
		assertThat(problem.cell()).isEqualTo("B1");
		assertThat(problem.column()).isEqualTo("Enterprise code");
		assertThat(outcome.lines()).isEmpty();
		assertThat(outcome.report().header()).isNull();
	}

	@Test
	void titleBlockWithoutEnterpriseLabelIsMissingEnterprise() {
		var sheet = new SheetBuilder("Report").row("Period", "1959-08").row(Submissions.HEADER)
			.row(line("T01", "COAL", 100, 95));

		var outcome = read(sheet);

		assertThat(outcome.only(ProblemCode.MISSING_ENTERPRISE).cell()).isNull();
		assertThat(outcome.lines()).isEmpty();
	}

	@Test
	void unknownEnterpriseIsAnErrorAndNothingReachesTheSink() {
		var outcome = read(report("E99", "1959-08").row(line("T01", "COAL", 100, 95)));

		Problem problem = outcome.only(ProblemCode.UNKNOWN_ENTERPRISE);
		assertThat(problem.cell()).isEqualTo("B1");
		assertThat(problem.value()).isEqualTo("E99");
		assertThat(outcome.lines()).isEmpty();
		assertThat(outcome.report().hasErrors()).isTrue();
	}

	@Test
	void enterpriseTheUploaderDoesNotBelongToIsRejected() {
		var rules = new SubmissionRules(YearMonth.of(1959, 12), 0, Set.of("E02"));

		var outcome = read(rules, TeamHistory.NONE, report().row(line("T01", "COAL", 100, 95)));

		assertThat(outcome.only(ProblemCode.ENTERPRISE_NOT_PERMITTED).cell()).isEqualTo("B1");
		assertThat(outcome.lines()).isEmpty();
	}

	@Test
	void missingPeriodIsReportedAtTheValueCell() {
		var outcome = read(report("E01", null).row(line("T01", "COAL", 100, 95)));

		assertThat(outcome.only(ProblemCode.MISSING_PERIOD).cell()).isEqualTo("B2");
	}

	@Test
	void malformedPeriodIsReported() {
		var outcome = read(report("E01", "Sommer 1959").row(line("T01", "COAL", 100, 95)));

		Problem problem = outcome.only(ProblemCode.MALFORMED_PERIOD);
		assertThat(problem.cell()).isEqualTo("B2");
		assertThat(problem.value()).isEqualTo("Sommer 1959");
		assertThat(problem.message()).contains("1959-08");
	}

	@Test
	void periodAfterTheCurrentMonthIsInTheFuture() {
		var outcome = read(report("E01", "1960-01").row(line("T01", "COAL", 100, 95)));

		assertThat(outcome.only(ProblemCode.FUTURE_PERIOD).cell()).isEqualTo("B2");
		assertThat(outcome.lines()).isEmpty();
	}

	@Test
	void rowsAreStillCheckedWhenTheTitleBlockIsWrong() {
		var outcome = read(report("E99", "1959-08").row(line("T01", "KOHLE", 100, 95)));

		assertThat(outcome.codes()).containsExactly(ProblemCode.UNKNOWN_ENTERPRISE, ProblemCode.UNKNOWN_INDICATOR);
	}

	@Test
	void historyIsAskedOnceWithTheValidHeader() {
		var asked = new java.util.ArrayList<SubmissionHeader>();
		var reader = FakeWorkbookReader.of(report().row(line("T01", "COAL", 100, 95)).row(line("T01", "ORE", 1, 1)));

		new SubmissionReader(reader).read(java.nio.file.Path.of("r.xlsx"), "r.xlsx", Submissions.REFERENCE,
				Submissions.RULES, header -> {
					asked.add(header);
					return TeamHistory.NONE;
				}, line -> {
				});

		assertThat(asked).containsExactly(new SubmissionHeader("E01", YearMonth.of(1959, 8), "A. Clerk"));
	}

}
