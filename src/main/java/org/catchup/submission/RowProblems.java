package org.catchup.submission;

import java.util.function.Consumer;

import org.catchup.spreadsheet.SheetCell;
import org.catchup.spreadsheet.SheetRow;

/**
 * Reports a problem at a column of a data row, with the cell reference, the header as the file
 * writes it and the value found; remembers whether the current row had an error.
 */
final class RowProblems {

	private final String sheet;

	private final ColumnLayout layout;

	private final Consumer<Problem> problems;

	private boolean rowFailed;

	RowProblems(String sheet, ColumnLayout layout, Consumer<Problem> problems) {
		this.sheet = sheet;
		this.layout = layout;
		this.problems = problems;
	}

	void startRow() {
		rowFailed = false;
	}

	boolean rowFailed() {
		return rowFailed;
	}

	void error(ProblemCode code, SheetRow row, Column column, String message) {
		rowFailed = true;
		report(code, row, column, message);
	}

	void warning(ProblemCode code, SheetRow row, Column column, String message) {
		report(code, row, column, message);
	}

	private void report(ProblemCode code, SheetRow row, Column column, String message) {
		SheetCell cell = layout.cell(row, column);
		String reference = SheetCell.reference(row.rowIndex(), layout.index(column));
		problems.accept(Problem.of(code, sheet, reference, layout.header(column), Labels.found(cell), message));
	}

}
