package org.catchup.spreadsheet;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.ss.usermodel.DateUtil;

/** Turns what a {@code <c>} element held (type, style, value, formula) into a {@link SheetCell}. */
final class XlsxCellValues {

	/** Days between the 1904 and 1900 date systems: DATE serials are always 1900-based. */
	private static final int DAYS_1904_TO_1900 = 1462;

	private final XlsxSharedStrings sharedStrings;

	private final XlsxDateStyles dateStyles;

	private final boolean date1904;

	XlsxCellValues(XlsxSharedStrings sharedStrings, XlsxDateStyles dateStyles, boolean date1904) {
		this.sharedStrings = sharedStrings;
		this.dateStyles = dateStyles;
		this.date1904 = date1904;
	}

	/** The cell, or null when it is blank (no value, only formatting, or an empty string). */
	SheetCell cell(int column, String type, int style, String value, String inline, String formula)
			throws XMLStreamException {
		boolean isFormula = formula != null;
		if ("inlineStr".equals(type)) {
			return text(column, inline != null ? inline : value, isFormula);
		}
		if (value == null || (value.isBlank() && !"str".equals(type))) {
			// a formula that was never calculated, or a cell that only carries formatting
			return isFormula ? new SheetCell(column, CellKind.FORMULA_WITHOUT_RESULT, formulaText(formula), 0, true)
					: null;
		}
		return switch (type == null ? "n" : type) {
			case "s" -> text(column, sharedString(value), isFormula);
			case "str" -> text(column, value, isFormula);
			case "b" -> bool(column, value, isFormula);
			case "e" -> new SheetCell(column, CellKind.ERROR, value.trim(), 0, isFormula);
			case "d" -> isoDate(column, value, isFormula);
			default -> number(column, value, style, isFormula);
		};
	}

	private static SheetCell text(int column, String text, boolean isFormula) {
		// an empty string (e.g. a formula returning "") looks blank in Excel and is treated so
		return text == null || text.isEmpty() ? null : new SheetCell(column, CellKind.TEXT, text, 0, isFormula);
	}

	private static SheetCell bool(int column, String value, boolean isFormula) {
		boolean truth = "1".equals(value.trim()) || "true".equalsIgnoreCase(value.trim());
		return new SheetCell(column, CellKind.BOOLEAN, truth ? "TRUE" : "FALSE", truth ? 1 : 0, isFormula);
	}

	private SheetCell number(int column, String value, int style, boolean isFormula) throws XMLStreamException {
		String trimmed = value.trim();
		if (trimmed.isEmpty()) {
			return null;
		}
		double number = digits(trimmed);
		if (Double.isNaN(number)) {
			try {
				number = Double.parseDouble(trimmed);
			}
			catch (NumberFormatException e) {
				throw new SafeXml.RefusedXml("the numeric value '" + abbreviate(trimmed) + "' is not a number");
			}
		}
		if (!Double.isFinite(number)) {
			return new SheetCell(column, CellKind.ERROR, "#NUM!", 0, isFormula);
		}
		double serial = date1904 ? number + DAYS_1904_TO_1900 : number;
		// a negative "date" is shown as #### by Excel; it is a number in a date format, as POI's HSSF sees it
		if (dateStyles.isDate(style) && DateUtil.isValidExcelDate(serial)) {
			return new SheetCell(column, CellKind.DATE, ExcelNumbers.general(serial), serial, isFormula);
		}
		return new SheetCell(column, CellKind.NUMBER, ExcelNumbers.general(number), number, isFormula);
	}

	/**
	 * A value of up to 15 digits, nothing else (most figures), as {@link Double#parseDouble} reads
	 * it: such a whole number is exactly a double. NaN for anything else, which is parsed in full.
	 */
	private static double digits(String value) {
		int length = value.length();
		if (length > 15) {
			return Double.NaN;
		}
		long n = 0;
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return Double.NaN;
			}
			n = n * 10 + (c - '0');
		}
		return n;
	}

	/** t="d" (ISO 8601) cells are rare, but a date is a date: turn it into a 1900-based serial. */
	private static SheetCell isoDate(int column, String value, boolean isFormula) {
		String trimmed = value.trim();
		try {
			LocalDateTime dateTime = trimmed.contains("T") ? LocalDateTime.parse(trimmed)
					: LocalDate.parse(trimmed).atStartOfDay();
			double serial = DateUtil.getExcelDate(dateTime);
			if (serial > 0) {
				return new SheetCell(column, CellKind.DATE, ExcelNumbers.general(serial), serial, isFormula);
			}
		}
		catch (DateTimeParseException e) {
			// not a date we understand: hand it on as text for the validator to judge
		}
		return text(column, trimmed, isFormula);
	}

	private String sharedString(String value) throws XMLStreamException {
		String text;
		try {
			text = sharedStrings.get(Integer.parseInt(value.trim()));
		}
		catch (NumberFormatException e) {
			text = null;
		}
		if (text == null) {
			throw new SafeXml.RefusedXml("refers to shared string '" + abbreviate(value) + "', but the table has only "
					+ sharedStrings.size());
		}
		return text;
	}

	private static String formulaText(String formula) {
		// shared-formula followers carry no text of their own
		return formula.isBlank() ? "(shared formula)" : "=" + formula;
	}

	private static String abbreviate(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "..." : value;
	}

}
