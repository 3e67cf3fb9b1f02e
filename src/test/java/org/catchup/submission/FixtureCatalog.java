package org.catchup.submission;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.catchup.validation.ProblemCode;
import org.catchup.validation.SubmissionRules;
import org.catchup.validation.TeamHistory;

/**
 * Every fixture workbook in {@code src/test/resources/submission/fixtures}, what it holds and
 * the one problem it must produce (null for a clean file). {@link FixtureGenerator} writes the
 * files and the README from this list; {@link FixturesTest} checks them against it.
 *
 * Standard layout: title block in A1:B3 (E01, 1959-08, A. Clerk), header in row 5 (A..I: Section,
 * Team code, Team name, Indicator, Plan, Actual, Headcount, Striving title, Remarks), data from row 6.
 */
final class FixtureCatalog {

	/** Under which rules and history a fixture is checked. */
	enum Context {
		STANDARD("current month 1959-12, any enterprise, no history"),
		ONLY_E02("as STANDARD, but the uploader may submit for E02 only"),
		HISTORY("as STANDARD, with E01's history: team T01 'Brigade T01', COAL actuals 100..200"),
		SMALL_LIMIT("as STANDARD, with a file size limit of 1000 bytes");

		final String description;

		Context(String description) {
			this.description = description;
		}

		SubmissionRules rules() {
			return switch (this) {
				case ONLY_E02 -> new SubmissionRules(YearMonth.of(1959, 12), 0, Set.of("E02"));
				case SMALL_LIMIT -> new SubmissionRules(YearMonth.of(1959, 12), 1000, null);
				default -> Submissions.RULES;
			};
		}

		TeamHistory history() {
			return this == HISTORY ? Submissions.HISTORY : TeamHistory.NONE;
		}
	}

	/** How a fixture's content is described: a standard report with these title values and rows. */
	record Fixture(String file, ProblemCode code, String cell, Context context, String content) {
	}

	static final List<Fixture> ALL = List.of(
			new Fixture("valid-english.xlsx", null, null, Context.STANDARD, "English title block and headers, 3 rows"),
			new Fixture("valid-german.xlsx", null, null, Context.STANDARD,
					"German labels (Betrieb-Nr., Berichtsmonat 'März 1959', Bearbeiter) and headers"),
			new Fixture("german-headers.xlsx", null, null, Context.STANDARD,
					"German headers in another order, `Brigade-Nr.`, `Kampf um Titel` with ja/nein"),
			new Fixture("header-variants.xlsx", null, null, Context.STANDARD,
					"headers `SECTION`, `team_code`, `Team Name`, `in-di-ca-tor`, ` Plan `, `ACTUAL`"),
			new Fixture("period-date-cell.xlsx", null, null, Context.STANDARD, "period as a date cell 1959-08-01"),
			new Fixture("period-slash.xlsx", null, null, Context.STANDARD, "period `08/1959`"),
			new Fixture("notes-sheet-first.xlsx", null, null, Context.STANDARD,
					"first sheet `Notes` without header, second sheet the report, hidden sheet before both"),
			new Fixture("formula-results.xlsx", null, null, Context.STANDARD,
					"actual as formulas with stored results, totals row `Total` with SUM formulas"),
			new Fixture("totals-ok.xlsx", null, null, Context.STANDARD,
					"`Summe` row that adds up (within 0.5); garbage below it is not read"),
			new Fixture("blank-row-ends-data.xlsx", null, null, Context.STANDARD,
					"blank row after 2 data rows, then a bad row and 500 formatted empty rows"),
			new Fixture("valid.xls", null, null, Context.STANDARD, "the valid English report as .xls"),
			new Fixture("valid.csv", null, null, Context.STANDARD,
					"CSV, `,` separated, enterprise_code and period as columns"),
			new Fixture("valid-semicolon-german.csv", null, null, Context.STANDARD,
					"CSV, `;` separated, UTF-8 with BOM, German headers, decimal commas"),
			new Fixture("unknown-column.xlsx", ProblemCode.UNKNOWN_COLUMN, "J5", Context.STANDARD,
					"extra column `Shift` in J5 (warning only)"),
			new Fixture("missing-column.xlsx", ProblemCode.MISSING_COLUMN, "A5", Context.STANDARD,
					"header row without `Actual`"),
			new Fixture("no-header-row.xlsx", ProblemCode.NO_HEADER_ROW, null, Context.STANDARD,
					"a sheet of figures without any header row"),
			new Fixture("missing-enterprise.xlsx", ProblemCode.MISSING_ENTERPRISE, "B1", Context.STANDARD,
					"label `Enterprise code` with an empty B1"),
			new Fixture("unknown-enterprise.xlsx", ProblemCode.UNKNOWN_ENTERPRISE, "B1", Context.STANDARD,
					"enterprise code E99"),
			new Fixture("enterprise-not-permitted.xlsx", ProblemCode.ENTERPRISE_NOT_PERMITTED, "B1",
					Context.ONLY_E02, "enterprise E01 uploaded by an E02 clerk"),
			new Fixture("missing-period.xlsx", ProblemCode.MISSING_PERIOD, "B2", Context.STANDARD,
					"label `Period` with an empty B2"),
			new Fixture("malformed-period.xlsx", ProblemCode.MALFORMED_PERIOD, "B2", Context.STANDARD,
					"period `Sommer 1959`"),
			new Fixture("future-period.xlsx", ProblemCode.FUTURE_PERIOD, "B2", Context.STANDARD, "period 1960-03"),
			new Fixture("csv-mixed-enterprise.csv", ProblemCode.MIXED_ENTERPRISE_OR_PERIOD, "A3", Context.STANDARD,
					"CSV whose second row names enterprise E02"),
			new Fixture("empty-team-code.xlsx", ProblemCode.EMPTY_TEAM_CODE, "B7", Context.STANDARD,
					"second data row without team code"),
			new Fixture("unknown-indicator.xlsx", ProblemCode.UNKNOWN_INDICATOR, "D6", Context.STANDARD,
					"indicator `KOHLE`"),
			new Fixture("missing-number.xlsx", ProblemCode.MISSING_NUMBER, "E6", Context.STANDARD, "empty plan"),
			new Fixture("not-a-number.xlsx", ProblemCode.NOT_A_NUMBER, "F6", Context.STANDARD,
					"actual `about 90` (text)"),
			new Fixture("ambiguous-number.xlsx", ProblemCode.AMBIGUOUS_NUMBER, "F6", Context.STANDARD,
					"actual `1,234` typed as text"),
			new Fixture("negative-number.xlsx", ProblemCode.NEGATIVE_NUMBER, "E6", Context.STANDARD, "plan -5"),
			new Fixture("error-cell.xlsx", ProblemCode.ERROR_CELL, "F6", Context.STANDARD,
					"actual `=E6/0` stored as #DIV/0!"),
			new Fixture("formula-without-result.xlsx", ProblemCode.FORMULA_WITHOUT_RESULT, "F6", Context.STANDARD,
					"actual `=E6*0.95` saved without a result"),
			new Fixture("duplicate-team-indicator.xlsx", ProblemCode.DUPLICATE_TEAM_INDICATOR, "B8",
					Context.STANDARD, "T01/COAL in rows 6 and 8"),
			new Fixture("totals-mismatch.xlsx", ProblemCode.TOTAL_MISMATCH, "F9", Context.STANDARD,
					"`Total` row whose actual is 10 more than the rows above"),
			new Fixture("invalid-headcount.xlsx", ProblemCode.INVALID_HEADCOUNT, "G6", Context.STANDARD,
					"headcount 2.5"),
			new Fixture("invalid-striving-title.xlsx", ProblemCode.INVALID_STRIVING_TITLE, "H6", Context.STANDARD,
					"striving title `maybe`"),
			new Fixture("no-data-rows.xlsx", ProblemCode.NO_DATA_ROWS, "A6", Context.STANDARD,
					"header row and nothing below"),
			new Fixture("number-as-text.xlsx", ProblemCode.NUMBER_AS_TEXT, "F6", Context.STANDARD,
					"actual `1.234,5` typed as text (warning; read as 1234.5)"),
			new Fixture("actual-above-twice-plan.xlsx", ProblemCode.ACTUAL_ABOVE_TWICE_PLAN, "F6", Context.STANDARD,
					"plan 100, actual 250 (warning)"),
			new Fixture("zero-plan-with-actual.xlsx", ProblemCode.ZERO_PLAN_WITH_ACTUAL, "E6", Context.STANDARD,
					"plan 0, actual 12 (warning)"),
			new Fixture("new-team.xlsx", ProblemCode.NEW_TEAM, "B7", Context.HISTORY, "team T09 never seen (warning)"),
			new Fixture("team-name-changed.xlsx", ProblemCode.TEAM_NAME_CHANGED, "C6", Context.HISTORY,
					"T01 now called `Brigade Rosa Luxemburg` (warning)"),
			new Fixture("actual-outside-history.xlsx", ProblemCode.ACTUAL_OUTSIDE_HISTORY, "F6", Context.HISTORY,
					"T01 COAL actual 900 against 100..200 (warning)"),
			new Fixture("file-too-large.xlsx", ProblemCode.FILE_TOO_LARGE, null, Context.SMALL_LIMIT,
					"a valid report larger than 1000 bytes"),
			new Fixture("encrypted.xlsx", ProblemCode.ENCRYPTED_FILE, null, Context.STANDARD,
					"the valid report protected with password `secret`"),
			new Fixture("corrupt.xlsx", ProblemCode.UNREADABLE_FILE, null, Context.STANDARD,
					"the first 600 bytes of a valid .xlsx"),
			new Fixture("unsupported.odt", ProblemCode.UNSUPPORTED_FORMAT, null, Context.STANDARD,
					"the start of an OpenDocument text document (not a spreadsheet)"));

	private FixtureCatalog() {
	}

}
