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

	/**
	 * Whether the parts no row needed are read too once the visitor stops, so that a workbook
	 * broken anywhere is refused (an .xlsx's shared strings past the last one used): true for a
	 * check; false for a glance at the first rows, which then costs only those rows.
	 */
	default boolean readsWholeWorkbook() {
		return true;
	}

}
