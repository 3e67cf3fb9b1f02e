package org.catchup.spreadsheet;

import java.nio.file.Path;

/**
 * Streams any accepted workbook (.xlsx, .xlsm, .xls, .ods, .csv) to a {@link SheetVisitor}.
 * A CSV file is one sheet named after the file without its extension.
 */
public interface WorkbookReader {

	void read(Path file, String fileName, SheetVisitor visitor) throws SpreadsheetException;

	/**
	 * As {@link #read}, for a visitor that wants only the first rows (it does not
	 * {@linkplain SheetVisitor#readsWholeWorkbook() read the whole workbook}), as cheaply as the
	 * format allows. It may refuse, as unreadable, a file that {@link #read} reads: a caller that
	 * must know reads it again with {@link #read}, with a fresh visitor.
	 */
	default void glance(Path file, String fileName, SheetVisitor visitor) throws SpreadsheetException {
		read(file, fileName, visitor);
	}

}
