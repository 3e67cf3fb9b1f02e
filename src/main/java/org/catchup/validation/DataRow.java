package org.catchup.validation;

import java.time.YearMonth;
import java.util.Optional;

/**
 * One data row of a submission as the rules see it: its cells by {@link Column}, already read
 * from whatever the file is. The reader of the workbook implements it; the rules never see a sheet.
 */
public interface DataRow {

	/** The 0-based row of the sheet. */
	int rowIndex();

	/** Whether the file has this column at all. */
	boolean has(Column column);

	/** The header as the file writes it, e.g. {@code Brigade-Nr.}; the canonical name when absent. */
	String header(Column column);

	/** The cell's place, e.g. {@code F17}. */
	String reference(Column column);

	/** The cell's text, trimmed; null when blank or the column is absent. */
	String text(Column column);

	/** The value as the clerk typed it, for the report; null for a blank cell. */
	String found(Column column);

	/** Absent, or text of only spaces; a number or date cell is never blank. */
	boolean isBlank(Column column);

	NumberReading number(Column column);

	/** The month the cell names; empty when blank or not a month. */
	Optional<YearMonth> month(Column column);

}
