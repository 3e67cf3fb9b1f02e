package org.catchup.spreadsheet;

import java.nio.file.Path;

/**
 * Streams any accepted workbook (.xlsx, .xlsm, .xls, .ods, .csv) to a {@link SheetVisitor}.
 * A CSV file is one sheet named after the file without its extension.
 */
public interface WorkbookReader {

	void read(Path file, String fileName, SheetVisitor visitor) throws SpreadsheetException;

}
