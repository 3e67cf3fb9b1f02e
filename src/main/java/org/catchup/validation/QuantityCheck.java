package org.catchup.validation;

import java.math.BigDecimal;

/** The rules for plan, actual and headcount cells: which readings are usable, and why not. */
final class QuantityCheck {

	private static final BigDecimal MAX_HEADCOUNT = BigDecimal.valueOf(Integer.MAX_VALUE);

	private final RowProblems problems;

	/** false for CSV, where every number is text and a warning would say nothing */
	private final boolean warnNumberAsText;

	QuantityCheck(RowProblems problems, boolean warnNumberAsText) {
		this.problems = problems;
		this.warnNumberAsText = warnNumberAsText;
	}

	/** The quantity, or null when blank or unusable (the reason is reported; a blank only if not allowed). */
	BigDecimal quantity(DataRow row, Column column, boolean blankAllowed) {
		NumberReading reading = row.number(column);
		String name = row.header(column);
		String found = row.found(column);
		switch (reading.kind()) {
			case NUMBER -> {
			}
			case NUMBER_AS_TEXT -> {
				if (warnNumberAsText) {
					problems.warning(ProblemCode.NUMBER_AS_TEXT, row, column, name + " '" + found
							+ "' is typed as text and was read as " + plain(reading.value())
							+ ". Enter it as a number so that it cannot be misread.");
				}
			}
			case BLANK -> {
				if (!blankAllowed) {
					problems.error(ProblemCode.MISSING_NUMBER, row, column,
							name + " is empty: every row needs a figure (write 0 if there is none).");
				}
			}
			case AMBIGUOUS -> problems.error(ProblemCode.AMBIGUOUS_NUMBER, row, column, ambiguous(name, found.strip()));
			case NOT_A_NUMBER -> problems.error(ProblemCode.NOT_A_NUMBER, row, column,
					name + " '" + found + "' is not a number.");
			case DATE -> problems.error(ProblemCode.NOT_A_NUMBER, row, column,
					name + " holds a date where a quantity belongs; format the cell as a number.");
			case ERROR_CELL -> problems.error(ProblemCode.ERROR_CELL, row, column,
					name + " shows the error " + found + ": correct the formula so that it gives a number.");
			case FORMULA_WITHOUT_RESULT -> problems.error(ProblemCode.FORMULA_WITHOUT_RESULT, row, column, name
					+ " is a formula whose result was never saved: open the file in Excel, let it calculate and save it again.");
		}
		BigDecimal value = reading.value();
		if (value != null && value.signum() < 0) {
			problems.error(ProblemCode.NEGATIVE_NUMBER, row, column,
					name + " " + plain(value) + " is negative; quantities cannot be below zero.");
		}
		return value;
	}

	/** Optional: null when blank; a whole number of at least 1 otherwise. */
	Integer headcount(DataRow row) {
		if (row.isBlank(Column.HEADCOUNT)) {
			return null;
		}
		String name = row.header(Column.HEADCOUNT);
		String found = row.found(Column.HEADCOUNT);
		NumberReading reading = row.number(Column.HEADCOUNT);
		BigDecimal value = reading.value();
		boolean whole = value != null && value.signum() > 0 && value.compareTo(MAX_HEADCOUNT) <= 0
				&& (value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0);
		if (!whole) {
			problems.error(ProblemCode.INVALID_HEADCOUNT, row, Column.HEADCOUNT, name + " '" + found
					+ "' must be a whole number of people, at least 1, or be left empty.");
			return null;
		}
		if (reading.kind() == NumberReading.Kind.NUMBER_AS_TEXT && warnNumberAsText) {
			problems.warning(ProblemCode.NUMBER_AS_TEXT, row, Column.HEADCOUNT, name + " '" + found
					+ "' is typed as text and was read as " + value.intValueExact() + ".");
		}
		return value.intValueExact();
	}

	/** "Actual '1,234' is ambiguous: it could mean 1234 or 1.234. ..." */
	private static String ambiguous(String name, String found) {
		String thousands = found.replaceAll("[.,]", "");
		return name + " '" + found + "' is ambiguous: it could mean " + thousands + " or " + found.replace(',', '.')
				+ ". Write " + thousands + " without a separator, or enter the value as a number.";
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
