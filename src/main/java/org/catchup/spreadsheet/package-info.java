/**
 * Reading any accepted submission workbook as a stream of typed cells.
 * <p>
 * Use {@link org.catchup.spreadsheet.AnyWorkbookReader}: {@code new AnyWorkbookReader(maxFileBytes)
 * .read(path, originalFileName, visitor)}. The content decides the format (an .xls renamed .xlsx
 * is still read); the extension only tells CSV from other text. Every file that cannot be read
 * ends in a {@link org.catchup.spreadsheet.SpreadsheetException} whose message names the file and,
 * where known, the sheet and cell; an exception thrown by the visitor comes out unchanged.
 * <p>
 * A sheet declined in {@code startSheet} is skipped without {@code endSheet}; a sheet stopped by
 * {@code row} returning false still gets {@code endSheet}.
 * <p>
 * DATE cells carry a 1900-system Excel serial even when the workbook uses the 1904 date system,
 * so {@code DateUtil.getLocalDateTime(cell.number())} is always right; an .ods date comes the same way.
 * <p>
 * {@link org.catchup.spreadsheet.OdsMarkedCopy} gives an .ods back with cells marked and commented
 * (the .xlsx and .xls marked copies are written with POI's usermodel by the code that owns the problems).
 */
package org.catchup.spreadsheet;
