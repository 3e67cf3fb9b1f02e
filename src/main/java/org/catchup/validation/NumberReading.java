package org.catchup.validation;

import java.math.BigDecimal;

/**
 * What a cell where a quantity belongs holds, as the reader of the workbook classified it; the
 * rules decide which kinds are errors. {@code value} is set for NUMBER and NUMBER_AS_TEXT only.
 */
public record NumberReading(Kind kind, BigDecimal value) {

	public enum Kind {
		/** a numeric cell (or a formula's stored numeric result) */
		NUMBER,
		/** text that reads as exactly one number */
		NUMBER_AS_TEXT,
		BLANK,
		/** {@code 1,234} or {@code 1.234}: a thousands separator or a decimal point? */
		AMBIGUOUS,
		NOT_A_NUMBER,
		ERROR_CELL,
		FORMULA_WITHOUT_RESULT,
		/** a date-formatted cell where a quantity belongs */
		DATE
	}

	public static NumberReading of(Kind kind) {
		return new NumberReading(kind, null);
	}

	public boolean isNumber() {
		return value != null;
	}

}
