package org.catchup.spreadsheet;

/**
 * One non-blank cell. {@code text} is the cell's text for TEXT and ERROR cells, the formula
 * for FORMULA_WITHOUT_RESULT, and the number as Excel would display it in general format for
 * NUMBER/DATE/BOOLEAN ("81.9", "TRUE"). {@code number} is meaningful for NUMBER and DATE.
 * {@code formula} tells whether the value is a formula's stored result.
 */
public record SheetCell(int column, CellKind kind, String text, double number, boolean formula) {

	/** Column letters and 1-based row, e.g. {@code F17} for column 5, row index 16. */
	public static String reference(int rowIndex, int column) {
		return columnLetters(column) + (rowIndex + 1);
	}

	public static String columnLetters(int column) {
		StringBuilder letters = new StringBuilder();
		for (int c = column + 1; c > 0; c = (c - 1) / 26) {
			letters.insert(0, (char) ('A' + (c - 1) % 26));
		}
		return letters.toString();
	}

}
