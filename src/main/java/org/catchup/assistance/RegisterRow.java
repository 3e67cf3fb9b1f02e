package org.catchup.assistance;

import org.catchup.assistance.PairRules.Field;
import org.catchup.spreadsheet.SheetCell;

/**
 * One data row of the register workbook's {@code Assistance} sheet, cell by cell as read, so
 * every rule can name the cell it is about. A cell is null when blank or when its column is absent.
 */
record RegisterRow(String sheet, int rowIndex, Cell helperEnterprise, Cell helperTeam, Cell helpedEnterprise,
		Cell helpedTeam, Cell from, Cell to, Cell note) {

	Cell cell(Field field) {
		return switch (field) {
			case HELPER_ENTERPRISE -> helperEnterprise;
			case HELPER_TEAM -> helperTeam;
			case HELPED_ENTERPRISE -> helpedEnterprise;
			case HELPED_TEAM -> helpedTeam;
			case FROM -> from;
			case TO -> to;
			case NOTE -> note;
		};
	}

	/** A cell's place ({@code C7}), its header, and the cell as read (null when blank). */
	record Cell(String reference, String column, SheetCell value) {

		boolean isBlank() {
			return value == null || value.text() == null || value.text().isBlank();
		}

		String text() {
			return isBlank() ? null : value.text().strip();
		}

	}

}
