package org.catchup.spreadsheet;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as Excel's General format shows them: 15 significant digits, no trailing zeros. */
final class ExcelNumbers {

	/** Excel keeps 15 significant digits; a stored 81.90000000000001 shows as 81.9. */
	private static final MathContext EXCEL_PRECISION = new MathContext(15);

	private ExcelNumbers() {
	}

	static String general(double value) {
		if (value == 0) {
			return "0";
		}
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			// a whole number of at most 15 digits shows as its digits: the common case, without BigDecimal
			return Long.toString((long) value);
		}
		BigDecimal rounded = new BigDecimal(Double.toString(value)).round(EXCEL_PRECISION).stripTrailingZeros();
		double magnitude = Math.abs(value);
		// General switches to scientific notation for very large and very small values.
		if (magnitude >= 1e15 || magnitude < 1e-9) {
			return rounded.toString();
		}
		return rounded.toPlainString();
	}

}
