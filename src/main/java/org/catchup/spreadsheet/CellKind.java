package org.catchup.spreadsheet;

/** What a non-blank cell holds, as far as a submission cares. */
public enum CellKind {
	/** a string (shared, inline or typed as text) */
	TEXT,
	/** a number; also a formula's numeric result */
	NUMBER,
	/** a number whose cell format is a date format; {@link SheetCell#number()} is the Excel serial */
	DATE,
	BOOLEAN,
	/** an error value such as {@code #DIV/0!}; {@link SheetCell#text()} holds it */
	ERROR,
	/** a formula whose result was never stored (the file was not recalculated on save) */
	FORMULA_WITHOUT_RESULT
}
