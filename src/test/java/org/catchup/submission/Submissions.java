package org.catchup.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.catchup.validation.KnownTeam;
import org.catchup.validation.Problem;
import org.catchup.validation.ProblemCode;
import org.catchup.validation.ReferenceLookup;
import org.catchup.validation.SubmissionRules;
import org.catchup.validation.TeamHistory;

/** Shared test data: the reference list, the rules, and a standard report sheet. */
final class Submissions {

	static final Set<String> ENTERPRISES = Set.of("E01", "E02", "E03");

	static final Set<String> INDICATORS = Set.of("COAL", "ORE", "COKE");

	static final ReferenceLookup REFERENCE = new ReferenceLookup() {
		@Override
		public boolean isKnownEnterprise(String enterpriseCode) {
			return ENTERPRISES.contains(enterpriseCode);
		}

		@Override
		public boolean isKnownIndicator(String indicatorCode) {
			return INDICATORS.contains(indicatorCode);
		}
	};

	static final SubmissionRules RULES = new SubmissionRules(YearMonth.of(1959, 12), 0, null);

	/** E01 has reported before: team T01 "Brigade T01" mined 100 to 200 of COAL a month. */
	static final TeamHistory HISTORY = new TeamHistory() {
		@Override
		public boolean hasHistory() {
			return true;
		}

		@Override
		public Optional<KnownTeam> find(String teamCode) {
			if (!teamCode.equals("T01")) {
				return Optional.empty();
			}
			return Optional.of(new KnownTeam("T01", "Brigade T01",
					Map.of("COAL", new KnownTeam.ActualRange(new BigDecimal("100"), new BigDecimal("200")))));
		}
	};

	static final Object[] HEADER = { "Section", "Team code", "Team name", "Indicator", "Plan", "Actual", "Headcount",
			"Striving title", "Remarks" };

	private Submissions() {
	}

	/** Title block in rows 1-3, header in row 5, data from row 6 (plan in E, actual in F). */
	static SheetBuilder report() {
		return report("E01", "1959-08");
	}

	static SheetBuilder report(Object enterprise, Object period) {
		return new SheetBuilder("Report").row("Enterprise code", enterprise)
			.row("Period", period)
			.row("Submitted by", "A. Clerk")
			.blank()
			.row(HEADER);
	}

	static Object[] line(String team, String indicator, Object plan, Object actual) {
		return new Object[] { "North", team, "Brigade " + team, indicator, plan, actual, 12, "yes", null };
	}

	/** A line with one value replaced, by 0-based column (4 = plan, 5 = actual ...). */
	static Object[] lineWith(int column, Object value) {
		Object[] line = line("T01", "COAL", 100, 95);
		line[column] = value;
		return line;
	}

	static Outcome read(SheetBuilder... sheets) {
		return read(RULES, TeamHistory.NONE, sheets);
	}

	static Outcome read(SubmissionRules rules, TeamHistory history, SheetBuilder... sheets) {
		return readAs("report.xlsx", rules, history, sheets);
	}

	static Outcome readAs(String fileName, SubmissionRules rules, TeamHistory history, SheetBuilder... sheets) {
		FakeWorkbookReader reader = FakeWorkbookReader.of(sheets);
		List<SubmissionLine> lines = new ArrayList<>();
		SubmissionReport report = new SubmissionReader(reader).read(Path.of(fileName), fileName, REFERENCE, rules,
				header -> history, lines::add);
		return new Outcome(report, lines, reader);
	}

	record Outcome(SubmissionReport report, List<SubmissionLine> lines, FakeWorkbookReader reader) {

		List<ProblemCode> codes() {
			return report.problems().stream().map(Problem::code).toList();
		}

		/** The one problem with this code; fails when there is none or more than one. */
		Problem only(ProblemCode code) {
			List<Problem> found = report.problems().stream().filter(p -> p.code() == code).toList();
			assertThat(found).as("problems with code %s in %s", code, report.problems()).hasSize(1);
			return found.get(0);
		}

	}

}
