package org.catchup.submission;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.catchup.spreadsheet.SheetCell;
import org.catchup.spreadsheet.SheetRow;

/**
 * Checks data rows one at a time and the totals row at the end. Keeps only what the rules need
 * across rows: the (team, indicator) keys seen, running sums, and the teams already warned about.
 * Not thread-safe: one instance per file.
 */
final class RowChecker {

	private static final BigDecimal TOTAL_TOLERANCE = new BigDecimal("0.5");

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	private static final BigDecimal THREE = BigDecimal.valueOf(3);

	private final String sheet;

	private final ColumnLayout layout;

	private final ReferenceLookup reference;

	private final TeamHistory history;

	private final String enterpriseCode;

	private final YearMonth period;

	private final Consumer<Problem> problems;

	/** false for CSV, where every number is text and a warning would say nothing */
	private final boolean warnNumberAsText;

	/** team code + '\0' + indicator → the 1-based row where the key first appeared */
	private final Map<String, Integer> firstRowOfKey = new HashMap<>();

	private final Map<String, Optional<KnownTeam>> knownTeams = new HashMap<>();

	/** one NEW_TEAM / TEAM_NAME_CHANGED per team, not one per indicator row */
	private final Set<String> warnedTeams = new HashSet<>();

	private BigDecimal planSum = BigDecimal.ZERO;

	private BigDecimal actualSum = BigDecimal.ZERO;

	private boolean planSumComplete = true;

	private boolean actualSumComplete = true;

	private boolean rowFailed;

	/**
	 * @param enterpriseCode the file's enterprise (null if unknown), for rows that carry their own
	 * @param period the file's month (null if unknown), likewise
	 */
	RowChecker(String sheet, ColumnLayout layout, ReferenceLookup reference, TeamHistory history,
			String enterpriseCode, YearMonth period, boolean warnNumberAsText, Consumer<Problem> problems) {
		this.sheet = sheet;
		this.layout = layout;
		this.reference = reference;
		this.history = history;
		this.enterpriseCode = enterpriseCode;
		this.period = period;
		this.warnNumberAsText = warnNumberAsText;
		this.problems = problems;
	}

	/** Reports the row's problems; returns the line when the row has no error, else null. */
	SubmissionLine check(SheetRow row) {
		rowFailed = false;
		int rowNumber = row.rowIndex() + 1;
		checkBelongsToFile(row);
		String teamCode = text(row, Column.TEAM_CODE);
		if (teamCode == null) {
			error(ProblemCode.EMPTY_TEAM_CODE, row, Column.TEAM_CODE,
					"Team code is empty: every row needs the code of its team.");
		}
		String teamName = text(row, Column.TEAM_NAME);
		String indicator = text(row, Column.INDICATOR);
		if (indicator == null) {
			error(ProblemCode.UNKNOWN_INDICATOR, row, Column.INDICATOR,
					"Indicator is empty: write one of the indicator codes of the reference list.");
		}
		else if (!reference.isKnownIndicator(indicator)) {
			error(ProblemCode.UNKNOWN_INDICATOR, row, Column.INDICATOR,
					"Indicator '" + indicator + "' is not in the reference list of indicators.");
		}
		if (teamCode != null && indicator != null) {
			Integer first = firstRowOfKey.putIfAbsent(teamCode + '\u0000' + indicator, rowNumber);
			if (first != null) {
				error(ProblemCode.DUPLICATE_TEAM_INDICATOR, row, Column.TEAM_CODE,
						"Team " + teamCode + " reports indicator " + indicator + " twice: in row " + first
								+ " and again in row " + rowNumber + ". Put the figures into one row.");
			}
		}
		BigDecimal plan = quantity(row, Column.PLAN, false);
		BigDecimal actual = quantity(row, Column.ACTUAL, false);
		planSum = plan == null ? planSum : planSum.add(plan);
		actualSum = actual == null ? actualSum : actualSum.add(actual);
		planSumComplete &= plan != null;
		actualSumComplete &= actual != null;
		Integer headcount = headcount(row);
		boolean striving = striving(row);
		if (plan != null && actual != null && plan.signum() >= 0 && actual.signum() >= 0) {
			checkAgainstPlan(row, plan, actual);
		}
		if (teamCode != null) {
			checkAgainstHistory(row, teamCode, teamName, indicator, actual);
		}
		if (rowFailed) {
			return null;
		}
		return new SubmissionLine(rowNumber, text(row, Column.SECTION), teamCode, teamName, indicator, plan, actual,
				headcount, striving, text(row, Column.REMARKS));
	}

	/** The totals row must equal the sums of the rows above, within ±0.5. */
	void checkTotals(SheetRow row) {
		rowFailed = false;
		checkTotal(row, Column.PLAN, planSum, planSumComplete);
		checkTotal(row, Column.ACTUAL, actualSum, actualSumComplete);
	}

	private void checkTotal(SheetRow row, Column column, BigDecimal sum, boolean complete) {
		BigDecimal total = quantity(row, column, true);
		// when a row above is unreadable its own error says so; a mismatch would only be noise
		if (total == null || !complete) {
			return;
		}
		if (total.subtract(sum).abs().compareTo(TOTAL_TOLERANCE) > 0) {
			error(ProblemCode.TOTAL_MISMATCH, row, column,
					"The total " + layout.header(column) + " is " + plain(total) + ", but the rows above add up to "
							+ plain(sum) + ". Correct the total or the rows.");
		}
	}

	/** A CSV row (or a sheet with these columns) must name the file's enterprise and month. */
	private void checkBelongsToFile(SheetRow row) {
		SheetCell enterpriseCell = layout.cell(row, Column.ENTERPRISE_CODE);
		String enterprise = Labels.text(enterpriseCell);
		if (enterprise != null && enterpriseCode != null && !enterprise.equals(enterpriseCode)) {
			error(ProblemCode.MIXED_ENTERPRISE_OR_PERIOD, row, Column.ENTERPRISE_CODE, "This row is for enterprise '"
					+ enterprise + "', but the file is for " + enterpriseCode + ": submit one enterprise per file.");
		}
		SheetCell periodCell = layout.cell(row, Column.PERIOD);
		if (!Labels.isBlank(periodCell) && period != null
				&& !PeriodParser.parse(periodCell).map(period::equals).orElse(false)) {
			error(ProblemCode.MIXED_ENTERPRISE_OR_PERIOD, row, Column.PERIOD, "This row is for period '"
					+ periodCell.text() + "', but the file is for " + period + ": submit one month per file.");
		}
	}

	private BigDecimal quantity(SheetRow row, Column column, boolean blankAllowed) {
		SheetCell cell = layout.cell(row, column);
		NumberParser.Reading reading = NumberParser.read(cell);
		String name = layout.header(column);
		String found = Labels.found(cell);
		switch (reading.kind()) {
			case NUMBER -> {
			}
			case NUMBER_AS_TEXT -> {
				if (warnNumberAsText) {
					warning(ProblemCode.NUMBER_AS_TEXT, row, column, name + " '" + found
							+ "' is typed as text and was read as " + plain(reading.value())
							+ ". Enter it as a number so that it cannot be misread.");
				}
			}
			case BLANK -> {
				if (!blankAllowed) {
					error(ProblemCode.MISSING_NUMBER, row, column,
							name + " is empty: every row needs a figure (write 0 if there is none).");
				}
			}
			case AMBIGUOUS -> error(ProblemCode.AMBIGUOUS_NUMBER, row, column, name + " '" + found
					+ "' is ambiguous: it could mean " + found.strip().replaceAll("[.,]", "") + " or "
					+ found.strip().replace(',', '.') + ". Write " + found.strip().replaceAll("[.,]", "")
					+ " without a separator, or enter the value as a number.");
			case NOT_A_NUMBER -> error(ProblemCode.NOT_A_NUMBER, row, column,
					name + " '" + found + "' is not a number.");
			case DATE -> error(ProblemCode.NOT_A_NUMBER, row, column,
					name + " holds a date where a quantity belongs; format the cell as a number.");
			case ERROR_CELL -> error(ProblemCode.ERROR_CELL, row, column,
					name + " shows the error " + found + ": correct the formula so that it gives a number.");
			case FORMULA_WITHOUT_RESULT -> error(ProblemCode.FORMULA_WITHOUT_RESULT, row, column, name
					+ " is a formula whose result was never saved: open the file in Excel, let it calculate and save it again.");
		}
		BigDecimal value = reading.value();
		if (value != null && value.signum() < 0) {
			error(ProblemCode.NEGATIVE_NUMBER, row, column,
					name + " " + plain(value) + " is negative; quantities cannot be below zero.");
		}
		return value;
	}

	private Integer headcount(SheetRow row) {
		SheetCell cell = layout.cell(row, Column.HEADCOUNT);
		if (Labels.isBlank(cell)) {
			return null;
		}
		NumberParser.Reading reading = NumberParser.read(cell);
		BigDecimal value = reading.value();
		boolean whole = value != null && value.signum() > 0 && value.stripTrailingZeros().scale() <= 0
				&& value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
		if (!whole) {
			error(ProblemCode.INVALID_HEADCOUNT, row, Column.HEADCOUNT, layout.header(Column.HEADCOUNT) + " '"
					+ cell.text() + "' must be a whole number of people, at least 1, or be left empty.");
			return null;
		}
		if (reading.kind() == NumberParser.Kind.NUMBER_AS_TEXT && warnNumberAsText) {
			warning(ProblemCode.NUMBER_AS_TEXT, row, Column.HEADCOUNT, layout.header(Column.HEADCOUNT) + " '"
					+ cell.text() + "' is typed as text and was read as " + value.intValueExact() + ".");
		}
		return value.intValueExact();
	}

	private boolean striving(SheetRow row) {
		SheetCell cell = layout.cell(row, Column.STRIVING_TITLE);
		String text = Labels.text(cell);
		if (text == null) {
			return false;
		}
		switch (text.toLowerCase(Locale.ROOT)) {
			case "yes", "ja", "x", "true" -> {
				return true;
			}
			case "no", "nein", "false" -> {
				return false;
			}
			default -> {
				error(ProblemCode.INVALID_STRIVING_TITLE, row, Column.STRIVING_TITLE,
						layout.header(Column.STRIVING_TITLE) + " '" + cell.text()
								+ "' must be yes, no, ja, nein, x or empty.");
				return false;
			}
		}
	}

	private void checkAgainstPlan(SheetRow row, BigDecimal plan, BigDecimal actual) {
		if (plan.signum() == 0 && actual.signum() > 0) {
			warning(ProblemCode.ZERO_PLAN_WITH_ACTUAL, row, Column.PLAN, "The plan is 0 but the actual is "
					+ plain(actual) + ": check whether the plan is missing.");
		}
		else if (plan.signum() > 0 && actual.compareTo(plan.multiply(TWO)) > 0) {
			warning(ProblemCode.ACTUAL_ABOVE_TWICE_PLAN, row, Column.ACTUAL, "The actual " + plain(actual)
					+ " is more than twice the plan " + plain(plan) + ": check for a typing error.");
		}
	}

	private void checkAgainstHistory(SheetRow row, String teamCode, String teamName, String indicator,
			BigDecimal actual) {
		Optional<KnownTeam> known = knownTeams.computeIfAbsent(teamCode, history::find);
		if (known.isEmpty()) {
			if (history.hasHistory() && warnedTeams.add(teamCode)) {
				warning(ProblemCode.NEW_TEAM, row, Column.TEAM_CODE, "Team " + teamCode
						+ " has never been reported before: check the code if it is not a new team.");
			}
			return;
		}
		KnownTeam team = known.get();
		if (teamName != null && team.name() != null && !sameName(teamName, team.name())
				&& warnedTeams.add(teamCode)) {
			warning(ProblemCode.TEAM_NAME_CHANGED, row, Column.TEAM_NAME,
					"Team " + teamCode + " was called '" + team.name() + "' until now and is now '" + teamName + "'.");
		}
		KnownTeam.ActualRange range = indicator == null || team.actualRanges() == null ? null
				: team.actualRanges().get(indicator);
		if (range == null || actual == null || range.lowest() == null || range.highest() == null) {
			return;
		}
		BigDecimal highest = range.highest().multiply(THREE);
		boolean below = actual.multiply(THREE).compareTo(range.lowest()) < 0;
		if (below || actual.compareTo(highest) > 0) {
			warning(ProblemCode.ACTUAL_OUTSIDE_HISTORY, row, Column.ACTUAL,
					"The actual " + plain(actual) + " is far outside this team's figures of the past year ("
							+ plain(range.lowest()) + " to " + plain(range.highest()) + "): check for a typing error.");
		}
	}

	private static boolean sameName(String a, String b) {
		return a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
	}

	private String text(SheetRow row, Column column) {
		return Labels.text(layout.cell(row, column));
	}

	private void error(ProblemCode code, SheetRow row, Column column, String message) {
		rowFailed = true;
		problems.accept(problem(code, row, column, message));
	}

	private void warning(ProblemCode code, SheetRow row, Column column, String message) {
		problems.accept(problem(code, row, column, message));
	}

	private Problem problem(ProblemCode code, SheetRow row, Column column, String message) {
		SheetCell cell = layout.cell(row, column);
		String reference = SheetCell.reference(row.rowIndex(), layout.index(column));
		return Problem.of(code, sheet, reference, layout.header(column), Labels.found(cell), message);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
