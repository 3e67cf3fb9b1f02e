package org.catchup.submission;

import java.util.ArrayList;
import java.util.List;

import org.catchup.spreadsheet.CellKind;
import org.catchup.spreadsheet.SheetCell;
import org.catchup.spreadsheet.SheetRow;

/**
 * Builds the rows a reader would deliver: a String is a text cell, a Number a numeric cell, a
 * {@link SheetCell} is taken as is (its column replaced), null is blank. Blank rows are skipped,
 * as a real reader skips them.
 */
final class SheetBuilder {

	private final String name;

	private final List<SheetRow> rows = new ArrayList<>();

	private int nextRow;

	SheetBuilder(String name) {
		this.name = name;
	}

	String name() {
		return name;
	}

	List<SheetRow> rows() {
		return rows;
	}

	SheetBuilder row(Object... values) {
		List<SheetCell> cells = new ArrayList<>();
		for (int column = 0; column < values.length; column++) {
			SheetCell cell = cell(column, values[column]);
			if (cell != null) {
				cells.add(cell);
			}
		}
		if (!cells.isEmpty()) {
			rows.add(new SheetRow(nextRow, cells));
		}
		nextRow++;
		return this;
	}

	SheetBuilder blank() {
		nextRow++;
		return this;
	}

	/** Moves to a 0-based row index, leaving the rows between blank. */
	SheetBuilder at(int rowIndex) {
		nextRow = rowIndex;
		return this;
	}

	static SheetCell error(String text) {
		return new SheetCell(0, CellKind.ERROR, text, 0, true);
	}

	static SheetCell date(double serial) {
		return new SheetCell(0, CellKind.DATE, Long.toString((long) serial), serial, false);
	}

	static SheetCell formulaWithoutResult(String formula) {
		return new SheetCell(0, CellKind.FORMULA_WITHOUT_RESULT, formula, 0, true);
	}

	static SheetCell bool(boolean value) {
		return new SheetCell(0, CellKind.BOOLEAN, value ? "TRUE" : "FALSE", 0, false);
	}

	private static SheetCell cell(int column, Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof SheetCell cell) {
			return new SheetCell(column, cell.kind(), cell.text(), cell.number(), cell.formula());
		}
		if (value instanceof Number number) {
			double d = number.doubleValue();
			String text = d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
			return new SheetCell(column, CellKind.NUMBER, text, d, false);
		}
		return new SheetCell(column, CellKind.TEXT, value.toString(), 0, false);
	}

}
