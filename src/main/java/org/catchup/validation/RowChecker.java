package org.catchup.validation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Checks data rows one at a time and the totals row at the end. Keeps only what the rules need
 * across rows: the (team, indicator) keys seen, running sums, and what the history checks cache.
 * Not thread-safe: one instance per file.
 */
public final class RowChecker {

	private static final BigDecimal TOTAL_TOLERANCE = new BigDecimal("0.5");

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	/**
	 * The warehouse's text columns and their widths (V2__warehouse.sql): longer text is an error,
	 * not a crash. Arrays, not a map: walked for every row.
	 */
	private static final Column[] STORED_COLUMNS = { Column.SECTION, Column.TEAM_CODE, Column.TEAM_NAME,
			Column.REMARKS };

	private static final int[] STORED_LENGTHS = { 200, 64, 200, 1000 };

	private final ReferenceLookup reference;

	private final String enterpriseCode;

	private final YearMonth period;

	private final RowProblems problems;

	private final QuantityCheck quantities;

	private final HistoryCheck history;

	/** (team code, indicator) → the 1-based row where the key first appeared */
	private final FirstRowIndex firstRowOfKey = new FirstRowIndex();

	private BigDecimal planSum = BigDecimal.ZERO;

	private BigDecimal actualSum = BigDecimal.ZERO;

	private boolean planSumComplete = true;

	private boolean actualSumComplete = true;

	/**
	 * @param enterpriseCode the file's enterprise (null if unknown), for rows that carry their own
	 * @param period the file's month (null if unknown), likewise
	 * @param warnNumberAsText false for CSV, where every number is text
	 */
	public RowChecker(String sheet, ReferenceLookup reference, TeamHistory history, String enterpriseCode,
			YearMonth period, boolean warnNumberAsText, Consumer<Problem> problems) {
		this.reference = reference;
		this.enterpriseCode = enterpriseCode;
		this.period = period;
		this.problems = new RowProblems(sheet, problems);
		this.quantities = new QuantityCheck(this.problems, warnNumberAsText);
		this.history = new HistoryCheck(history, this.problems);
	}

	/** Reports the row's problems; returns the row's values when it has no error, else null. */
	public CheckedRow check(DataRow row) {
		problems.startRow();
		int rowNumber = row.rowIndex() + 1;
		checkBelongsToFile(row);
		checkLengths(row);
		String teamCode = text(row, Column.TEAM_CODE);
		if (teamCode == null) {
			problems.error(ProblemCode.EMPTY_TEAM_CODE, row, Column.TEAM_CODE,
					"Team code is empty: every row needs the code of its team.");
		}
		String teamName = text(row, Column.TEAM_NAME);
		String indicator = checkedIndicator(row);
		if (teamCode != null && indicator != null) {
			int first = firstRowOfKey.putIfAbsent(teamCode, indicator, rowNumber);
			if (first != 0) {
				problems.error(ProblemCode.DUPLICATE_TEAM_INDICATOR, row, Column.TEAM_CODE,
						"Team " + teamCode + " reports indicator " + indicator + " twice: in row " + first
								+ " and again in row " + rowNumber + ". Put the figures into one row.");
			}
		}
		BigDecimal plan = quantities.quantity(row, Column.PLAN, false);
		BigDecimal actual = quantities.quantity(row, Column.ACTUAL, false);
		addToSums(plan, actual);
		Integer headcount = quantities.headcount(row);
		boolean striving = striving(row);
		if (plan != null && actual != null && plan.signum() >= 0 && actual.signum() >= 0) {
			checkAgainstPlan(row, plan, actual);
		}
		if (teamCode != null) {
			history.check(row, teamCode, teamName, indicator, actual);
		}
		if (problems.rowFailed()) {
			return null;
		}
		return new CheckedRow(rowNumber, text(row, Column.SECTION), teamCode, teamName, indicator, plan, actual,
				headcount, striving, text(row, Column.REMARKS));
	}

	private void checkLengths(DataRow row) {
		for (int i = 0; i < STORED_COLUMNS.length; i++) {
			Column column = STORED_COLUMNS[i];
			int max = STORED_LENGTHS[i];
			String text = row.has(column) ? text(row, column) : null;
			if (text != null && text.length() > max) {
				problems.error(ProblemCode.TEXT_TOO_LONG, row, column, row.header(column) + " is " + text.length()
						+ " characters long; at most " + max + " can be stored. Shorten it.");
			}
		}
	}

	/** The totals row must equal the sums of the rows above, within ±0.5. */
	public void checkTotals(DataRow row) {
		problems.startRow();
		checkTotal(row, Column.PLAN, planSum, planSumComplete);
		checkTotal(row, Column.ACTUAL, actualSum, actualSumComplete);
	}

	private void checkTotal(DataRow row, Column column, BigDecimal sum, boolean complete) {
		BigDecimal total = quantities.quantity(row, column, true);
		// when a row above is unreadable its own error says so; a mismatch would only be noise
		if (total == null || !complete) {
			return;
		}
		if (total.subtract(sum).abs().compareTo(TOTAL_TOLERANCE) > 0) {
			problems.error(ProblemCode.TOTAL_MISMATCH, row, column,
					"The total " + row.header(column) + " is " + QuantityCheck.plain(total)
							+ ", but the rows above add up to " + QuantityCheck.plain(sum)
							+ ". Correct the total or the rows.");
		}
	}

	private void addToSums(BigDecimal plan, BigDecimal actual) {
		planSum = plan == null ? planSum : planSum.add(plan);
		actualSum = actual == null ? actualSum : actualSum.add(actual);
		planSumComplete &= plan != null;
		actualSumComplete &= actual != null;
	}

	private String checkedIndicator(DataRow row) {
		String indicator = text(row, Column.INDICATOR);
		if (indicator == null) {
			problems.error(ProblemCode.UNKNOWN_INDICATOR, row, Column.INDICATOR,
					"Indicator is empty: write one of the indicator codes of the reference list.");
		}
		else if (!reference.isKnownIndicator(indicator)) {
			problems.error(ProblemCode.UNKNOWN_INDICATOR, row, Column.INDICATOR,
					"Indicator '" + indicator + "' is not in the reference list of indicators.");
		}
		return indicator;
	}

	/** A CSV row (or a sheet with these columns) must name the file's enterprise and month. */
	private void checkBelongsToFile(DataRow row) {
		String enterprise = text(row, Column.ENTERPRISE_CODE);
		if (enterprise != null && enterpriseCode != null && !enterprise.equals(enterpriseCode)) {
			problems.error(ProblemCode.MIXED_ENTERPRISE_OR_PERIOD, row, Column.ENTERPRISE_CODE,
					"This row is for enterprise '" + enterprise + "', but the file is for " + enterpriseCode
							+ ": submit one enterprise per file.");
		}
		if (!row.isBlank(Column.PERIOD) && period != null
				&& !row.month(Column.PERIOD).map(period::equals).orElse(false)) {
			problems.error(ProblemCode.MIXED_ENTERPRISE_OR_PERIOD, row, Column.PERIOD, "This row is for period '"
					+ row.found(Column.PERIOD) + "', but the file is for " + period + ": submit one month per file.");
		}
	}

	private boolean striving(DataRow row) {
		String text = text(row, Column.STRIVING_TITLE);
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
				problems.error(ProblemCode.INVALID_STRIVING_TITLE, row, Column.STRIVING_TITLE,
						row.header(Column.STRIVING_TITLE) + " '" + text + "' must be yes, no, ja, nein, x or empty.");
				return false;
			}
		}
	}

	private void checkAgainstPlan(DataRow row, BigDecimal plan, BigDecimal actual) {
		if (plan.signum() == 0 && actual.signum() > 0) {
			problems.warning(ProblemCode.ZERO_PLAN_WITH_ACTUAL, row, Column.PLAN, "The plan is 0 but the actual is "
					+ QuantityCheck.plain(actual) + ": check whether the plan is missing.");
		}
		else if (plan.signum() > 0 && actual.compareTo(plan.multiply(TWO)) > 0) {
			problems.warning(ProblemCode.ACTUAL_ABOVE_TWICE_PLAN, row, Column.ACTUAL,
					"The actual " + QuantityCheck.plain(actual) + " is more than twice the plan "
							+ QuantityCheck.plain(plan) + ": check for a typing error.");
		}
	}

	private static String text(DataRow row, Column column) {
		return row.text(column);
	}

}
