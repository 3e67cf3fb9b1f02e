package org.catchup.spreadsheet;

import java.util.List;

/**
 * A row with at least one non-blank cell, in ascending column order. Rows that hold only
 * formatting are never delivered. {@code rowIndex} is 0-based.
 */
public record SheetRow(int rowIndex, List<SheetCell> cells) {

	/** The cell in {@code column}, or null when blank. */
	public SheetCell cell(int column) {
		// by index: asked several times for every cell of a million rows, an iterator each time added up
		for (int i = 0; i < cells.size(); i++) {
			SheetCell cell = cells.get(i);
			if (cell.column() == column) {
				return cell;
			}
			if (cell.column() > column) {
				return null;
			}
		}
		return null;
	}

}
