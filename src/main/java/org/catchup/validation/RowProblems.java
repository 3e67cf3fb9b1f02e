package org.catchup.validation;

import java.util.function.Consumer;

/**
 * Reports a problem at a column of a data row, with the cell reference, the header as the file
 * writes it and the value found; remembers whether the current row had an error.
 */
final class RowProblems {

	private final String sheet;

	private final Consumer<Problem> problems;

	private boolean rowFailed;

	RowProblems(String sheet, Consumer<Problem> problems) {
		this.sheet = sheet;
		this.problems = problems;
	}

	void startRow() {
		rowFailed = false;
	}

	boolean rowFailed() {
		return rowFailed;
	}

	void error(ProblemCode code, DataRow row, Column column, String message) {
		rowFailed = true;
		report(code, row, column, message);
	}

	void warning(ProblemCode code, DataRow row, Column column, String message) {
		report(code, row, column, message);
	}

	private void report(ProblemCode code, DataRow row, Column column, String message) {
		problems.accept(Problem.of(code, sheet, row.reference(column), row.header(column), row.found(column), message));
	}

}
