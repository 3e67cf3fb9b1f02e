package org.catchup.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catchup.submission.Submissions.line;
import static org.catchup.submission.Submissions.read;
import static org.catchup.submission.Submissions.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.catchup.spreadsheet.SpreadsheetException;
import org.catchup.validation.Problem;
import org.catchup.validation.ProblemCode;
import org.catchup.validation.SubmissionRules;
import org.catchup.validation.TeamHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StructureRulesTest {

	@Test
	void headerNamesMatchWhateverTheirSpellingAndOrder() {
		var sheet = new SheetBuilder("Report").row("Enterprise code", "E01")
			.row("Period", "08/1959")
			.row("ACTUAL", "plan", "team_code", "Team Name", "IN-DI-CA-TOR", " Section ")
			.row(95, 100, "T01", "Brigade T01", "COAL", "North");

		var outcome = read(sheet);

		assertThat(outcome.report().problems()).isEmpty();
		assertThat(outcome.lines()).singleElement().satisfies(line -> {
			assertThat(line.plan()).isEqualByComparingTo("100");
			assertThat(line.actual()).isEqualByComparingTo("95");
			assertThat(line.section()).isEqualTo("North");
			assertThat(line.rowNumber()).isEqualTo(4);
		});
	}

	@Test
	void unknownExtraColumnIsAWarningAtItsHeaderCell() {
		var sheet = new SheetBuilder("Report").row("Enterprise code", "E01")
			.row("Period", "1959-08")
			.row("Section", "Team code", "Team name", "Indicator", "Plan", "Actual", "Shift")
			.row("North", "T01", "Brigade T01", "COAL", 100, 95, "night");

		var outcome = read(sheet);

		Problem problem = outcome.only(ProblemCode.UNKNOWN_COLUMN);
		assertThat(problem.cell()).isEqualTo("G3");
		assertThat(problem.column()).isEqualTo("Shift");
		assertThat(outcome.report().hasErrors()).isFalse();
		assertThat(outcome.lines()).hasSize(1);
	}

	@Test
	void headerLackingRequiredColumnsNamesTheMissingOnes() {
		var sheet = new SheetBuilder("Report").row("Enterprise code", "E01")
			.row("Period", "1959-08")
			.row("Section", "Team code", "Team name", "Indicator", "Plan")
			.row("North", "T01", "Brigade T01", "COAL", 100);

		var outcome = read(sheet);

		Problem problem = outcome.only(ProblemCode.MISSING_COLUMN);
		assertThat(problem.cell()).isEqualTo("A3");
		assertThat(problem.value()).isEqualTo("actual (Ist)");
		assertThat(problem.message()).contains("actual (Ist)");
	}

	@Test
	void workbookWithoutAnyHeaderRowHasNoHeaderRow() {
		var outcome = read(new SheetBuilder("Notes").row("Nothing to see").row(1, 2, 3));

		Problem problem = outcome.only(ProblemCode.NO_HEADER_ROW);
		assertThat(problem.cell()).isNull();
		assertThat(outcome.report().header()).isNull();
	}

	@Test
	void headerWithoutDataRowsHasNoDataRows() {
		var outcome = read(report());

		assertThat(outcome.only(ProblemCode.NO_DATA_ROWS).cell()).isEqualTo("A6");
		assertThat(outcome.report().header()).isNotNull();
	}

	@Test
	void blankRowRightBelowTheHeaderMeansNoDataRows() {
		var outcome = read(report().blank().row(line("T01", "COAL", 100, 95)));

		assertThat(outcome.codes()).containsExactly(ProblemCode.NO_DATA_ROWS);
		assertThat(outcome.lines()).isEmpty();
	}

	@Test
	void firstSheetWithAHeaderIsUsedAndSheetsWithoutOneAreSkipped() {
		var notes = new SheetBuilder("Notes").row("Please fill in the report sheet");
		var outcome = read(notes, report().row(line("T01", "COAL", 100, 95)),
				new SheetBuilder("Old").row(Submissions.HEADER).row(line("T02", "XXX", 1, 1)));

		assertThat(outcome.report().problems()).isEmpty();
		assertThat(outcome.lines()).hasSize(1);
	}

	@Test
	void dataEndAtTheFirstBlankRowAndReadingStops() {
		var sheet = report().row(line("T01", "COAL", 100, 95)).blank().row(line("T02", "BOGUS", "x", "y"));
		for (int i = 0; i < 1000; i++) {
			sheet.row("", null, "");
		}

		var outcome = read(sheet);

		assertThat(outcome.report().problems()).isEmpty();
		assertThat(outcome.lines()).hasSize(1);
		// title 3 + header 1 + data 1 + the row after the gap that ended it
		assertThat(outcome.reader().rowsDelivered).isEqualTo(6);
	}

	@Test
	void whitespaceOnlyRowEndsTheData() {
		var outcome = read(report().row(line("T01", "COAL", 100, 95)).row("  ").row(line("T02", "BOGUS", 1, 1)));

		assertThat(outcome.report().problems()).isEmpty();
		assertThat(outcome.lines()).hasSize(1);
	}

	@Test
	void totalsRowThatAddsUpEndsTheData() {
		var outcome = read(report().row(line("T01", "COAL", 100, 95))
			.row(line("T02", "COAL", 50.25, 60))
			.row("Total", null, null, null, 150.5, 155.4)
			.row(line("T03", "BOGUS", "x", "y")));

		assertThat(outcome.report().problems()).isEmpty();
		assertThat(outcome.lines()).hasSize(2);
	}

	@Test
	void totalsRowThatDoesNotAddUpIsAMismatchOnThatCell() {
		var outcome = read(report().row(line("T01", "COAL", 100, 95))
			.row(line("T02", "COAL", 50, 60))
			.row("SUMME", null, null, null, 150, 165));

		Problem problem = outcome.only(ProblemCode.TOTAL_MISMATCH);
		assertThat(problem.cell()).isEqualTo("F8");
		assertThat(problem.value()).isEqualTo("165");
		assertThat(problem.message()).contains("155");
	}

	@Test
	void eachValidLineReachesTheSinkAsSoonAsItsRowIsRead() {
		var reader = FakeWorkbookReader.of(report().row(line("T01", "COAL", 100, 95))
			.row(line("T02", "KOHLE", 1, 1))
			.row(line("T03", "ORE", 50, 48)));
		List<Integer> rowsReadAtSink = new ArrayList<>();

		new SubmissionReader(reader).read(Path.of("r.xlsx"), "r.xlsx", Submissions.REFERENCE, Submissions.RULES,
				h -> TeamHistory.NONE, line -> rowsReadAtSink.add(reader.rowsDelivered));

		// 3 title rows + header, then each data row: lines 1 and 3 go out while their row is current
		assertThat(rowsReadAtSink).containsExactly(5, 7);
	}

	@Test
	void totalsAreNotComparedWhenARowAboveIsUnreadable() {
		var outcome = read(report().row(line("T01", "COAL", 100, "n/a"))
			.row(line("T02", "COAL", 50, 60))
			.row("Total", null, null, null, 999, 155));

		assertThat(outcome.codes()).containsExactly(ProblemCode.NOT_A_NUMBER, ProblemCode.TOTAL_MISMATCH);
		assertThat(outcome.only(ProblemCode.TOTAL_MISMATCH).cell()).isEqualTo("E8");
	}

	@Test
	void manyProblemsOfOneCodeAreListedUpToTheLimitThenCounted() {
		var sheet = report();
		for (int i = 0; i < 5; i++) {
			sheet.row(line("T0" + i, "KOHLE", 1, 1));
		}
		var reader = FakeWorkbookReader.of(sheet);

		SubmissionReport report = new SubmissionReader(reader, 2).read(Path.of("r.xlsx"), "r.xlsx",
				Submissions.REFERENCE, Submissions.RULES, h -> TeamHistory.NONE, line -> {
				});

		assertThat(report.problems()).extracting(Problem::code).containsOnly(ProblemCode.UNKNOWN_INDICATOR);
		assertThat(report.problems()).hasSize(3);
		assertThat(report.problems().get(2).message()).startsWith("And 3 more cells");
		assertThat(report.hasErrors()).isTrue();
	}

	@Test
	void csvCarriesEnterpriseAndPeriodAsColumns() {
		var csv = new SheetBuilder("report")
			.row("enterprise_code", "period", "section", "team_code", "team_name", "indicator", "plan", "actual")
			.row("E01", "1959-08", "North", "T01", "Brigade T01", "COAL", "100", "95")
			.row("E01", "1959-08", "North", "T02", "Brigade T02", "COAL", "100", "95");

		var outcome = Submissions.readAs("report.csv", Submissions.RULES, TeamHistory.NONE, csv);

		// in a CSV every number is text: no NUMBER_AS_TEXT noise
		assertThat(outcome.report().problems()).isEmpty();
		assertThat(outcome.report().header()).isEqualTo(new SubmissionHeader("E01", YearMonth.of(1959, 8), null));
		assertThat(outcome.lines()).hasSize(2);
	}

	@Test
	void csvStillRejectsAmbiguousNumbers() {
		var csv = new SheetBuilder("report")
			.row("enterprise_code", "period", "section", "team_code", "team_name", "indicator", "plan", "actual")
			.row("E01", "1959-08", "North", "T01", "Brigade T01", "COAL", "1.234", "1234,5");

		var outcome = Submissions.readAs("report.csv", Submissions.RULES, TeamHistory.NONE, csv);

		assertThat(outcome.codes()).containsExactly(ProblemCode.AMBIGUOUS_NUMBER);
		assertThat(outcome.only(ProblemCode.AMBIGUOUS_NUMBER).cell()).isEqualTo("G2");
	}

	@Test
	void csvRowForAnotherEnterpriseOrMonthIsAnError() {
		var csv = new SheetBuilder("report")
			.row("Betrieb-Nr.", "Berichtsmonat", "section", "team_code", "team_name", "indicator", "plan", "actual")
			.row("E01", "1959-08", "North", "T01", "Brigade T01", "COAL", 100, 95)
			.row("E02", "08/1959", "North", "T02", "Brigade T02", "COAL", 100, 95)
			.row("E01", "1959-09", "North", "T03", "Brigade T03", "COAL", 100, 95);

		var outcome = read(csv);

		assertThat(outcome.report().problems()).extracting(Problem::code, Problem::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.MIXED_ENTERPRISE_OR_PERIOD, "A3"),
					org.assertj.core.groups.Tuple.tuple(ProblemCode.MIXED_ENTERPRISE_OR_PERIOD, "B4"));
	}

	@Test
	void csvWithUnknownEnterpriseInTheFirstRowIsUnknownEnterprise() {
		var csv = new SheetBuilder("report")
			.row("enterprise_code", "period", "section", "team_code", "team_name", "indicator", "plan", "actual")
			.row("E77", "1959-08", "North", "T01", "Brigade T01", "COAL", 100, 95);

		assertThat(read(csv).only(ProblemCode.UNKNOWN_ENTERPRISE).cell()).isEqualTo("A2");
	}

	@ParameterizedTest
	@CsvSource({ "UNSUPPORTED_FORMAT, UNSUPPORTED_FORMAT", "UNREADABLE, UNREADABLE_FILE",
			"ENCRYPTED, ENCRYPTED_FILE", "TOO_LARGE, FILE_TOO_LARGE" })
	void unreadableWorkbookIsOneWholeFileProblem(SpreadsheetException.Reason reason, ProblemCode code) {
		var reader = new FakeWorkbookReader(new SpreadsheetException(reason, "The file says no."));
		List<SubmissionLine> lines = new ArrayList<>();

		SubmissionReport report = new SubmissionReader(reader).read(Path.of("x.ods"), "x.ods", Submissions.REFERENCE,
				Submissions.RULES, h -> TeamHistory.NONE, lines::add);

		assertThat(report.problems()).containsExactly(Problem.ofFile(code, "The file says no."));
		assertThat(report.header()).isNull();
	}

	@Test
	void fileLargerThanTheLimitIsRejectedUnread(@TempDir Path dir) throws Exception {
		Path file = Files.write(dir.resolve("big.xlsx"), new byte[2048]);
		var reader = FakeWorkbookReader.of(report().row(line("T01", "COAL", 100, 95)));
		var rules = new SubmissionRules(YearMonth.of(1959, 12), 1024, null);

		SubmissionReport report = new SubmissionReader(reader).read(file, "big.xlsx", Submissions.REFERENCE, rules,
				h -> TeamHistory.NONE, line -> {
				});

		assertThat(report.problems()).extracting(Problem::code).containsExactly(ProblemCode.FILE_TOO_LARGE);
		assertThat(reader.rowsDelivered).isZero();
	}

}
