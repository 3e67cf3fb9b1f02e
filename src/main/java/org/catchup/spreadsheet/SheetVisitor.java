package org.catchup.spreadsheet;

/**
 * Receives a workbook sheet by sheet, row by row, as it streams. Hidden sheets are never
 * offered. Returning false stops the current sheet early (the rest of it is not parsed).
 */
public interface SheetVisitor {

	/** A visible sheet begins; return false to skip it. */
	boolean startSheet(String sheetName);

	/** Return false to stop reading this sheet. */
	boolean row(SheetRow row);

	/** The sheet ended (or was stopped); return false to stop reading the workbook. */
	boolean endSheet();

}
