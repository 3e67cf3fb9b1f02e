package org.catchup.spreadsheet;

import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Streams an .ods content.xml sheet by sheet, row by row: only the current row is held. Hidden
 * sheets (a table style with {@code table:display="false"}) are never offered. Repeated rows and
 * cells ({@code number-rows-repeated}, {@code number-columns-repeated}) are how the format
 * compresses; empty repeats are skipped without expanding, repeats with content are expanded
 * within the sheet limits of .xlsx and a budget that keeps a few bytes from becoming millions of rows.
 */
final class OdsContentParser {

	static final int MAX_COLUMNS = XlsxSheetParser.MAX_COLUMNS;

	static final int MAX_ROWS = XlsxSheetParser.MAX_ROWS;

	/** Cells delivered as copies of a repeated row; far above any genuine submission's identical rows. */
	static final long MAX_REPEATED_CELLS = 1_000_000;

	private static final long DAY_SECONDS = 24 * 60 * 60;

	/** {@code [.E6]} and {@code [.E6:.E7]} in OpenFormula; shown as Excel writes them. */
	private static final Pattern OPEN_FORMULA_REFERENCE = Pattern.compile("\\[\\.([A-Z]+[0-9]+)(?::\\.([A-Z]+[0-9]+))?\\]");

	private final SafeXml xml;

	private final Set<String> hiddenTableStyles = new HashSet<>();

	private int sheets;

	private String sheetName;

	private long rowIndex = -1;

	private long column = -1;

	private long repeatedCells;

	OdsContentParser(SafeXml xml) {
		this.xml = xml;
	}

	/** Where the parser is, for messages: "sheet 'Report', cell F17", or "" outside any sheet. */
	String position() {
		if (sheetName == null) {
			return "";
		}
		String sheet = "sheet '" + sheetName + "'";
		if (rowIndex < 0) {
			return sheet;
		}
		if (column < 0 || column >= MAX_COLUMNS || rowIndex >= MAX_ROWS) {
			return sheet + ", row " + (rowIndex + 1);
		}
		return sheet + ", cell " + SheetCell.reference((int) rowIndex, (int) column);
	}

	void parse(InputStream in, SheetVisitor visitor) throws XMLStreamException {
		XMLStreamReader reader = xml.open(in);
		try {
			String tableStyle = null;
			while (reader.hasNext()) {
				if (SafeXml.next(reader) != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				if (Odf.is(reader, Odf.STYLE, "style")) {
					tableStyle = "table".equals(Odf.attribute(reader, Odf.STYLE, "family"))
							? Odf.attribute(reader, Odf.STYLE, "name") : null;
				}
				else if (Odf.is(reader, Odf.STYLE, "table-properties")) {
					if (tableStyle != null && "false".equals(Odf.attribute(reader, Odf.TABLE, "display"))) {
						hiddenTableStyles.add(tableStyle);
					}
				}
				else if (Odf.is(reader, Odf.TABLE, "table") && !table(reader, visitor)) {
					return;
				}
			}
		}
		finally {
			reader.close();
		}
	}

	/** One sheet, to its end tag; false when the visitor wants no more sheets. */
	private boolean table(XMLStreamReader reader, SheetVisitor visitor) throws XMLStreamException {
		sheets++;
		String name = Odf.attribute(reader, Odf.TABLE, "name");
		String style = Odf.attribute(reader, Odf.TABLE, "style-name");
		if (style != null && hiddenTableStyles.contains(style)) {
			SafeXml.skipElement(reader);
			return true;
		}
		// LibreOffice always names sheets; a generator that did not gets its default name
		sheetName = name != null ? name : "Sheet" + sheets;
		rowIndex = -1;
		column = -1;
		if (!visitor.startSheet(sheetName)) {
			SafeXml.skipElement(reader);
			sheetName = null;
			return true;
		}
		rows(reader, visitor);
		sheetName = null;
		return visitor.endSheet();
	}

	private void rows(XMLStreamReader reader, SheetVisitor visitor) throws XMLStreamException {
		long next = 0;
		int depth = 1;
		while (depth > 0) {
			int event = SafeXml.next(reader);
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (Odf.is(reader, Odf.TABLE, "table-row")) {
					long repeat = Odf.repeat(reader, "number-rows-repeated");
					rowIndex = next;
					List<SheetCell> cells = row(reader);
					column = -1;
					if (!cells.isEmpty() && !deliver(visitor, next, repeat, cells)) {
						skipRest(reader, depth);
						return;
					}
					next = Math.min(next + Math.min(repeat, 2L * MAX_ROWS), 2L * MAX_ROWS);
				}
				else if (isRowGroup(reader)) {
					depth++;
				}
				else {
					// columns, forms, shapes, named ranges: nothing a reader needs
					SafeXml.skipElement(reader);
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.END_DOCUMENT) {
				throw new SafeXml.RefusedXml("ends in the middle of a sheet");
			}
		}
	}

	/** The row, once per repeat; false when the visitor stopped the sheet. */
	private boolean deliver(SheetVisitor visitor, long first, long repeat, List<SheetCell> cells)
			throws SafeXml.RefusedXml {
		for (long r = 0; r < repeat; r++) {
			rowIndex = first + r;
			if (rowIndex >= MAX_ROWS) {
				throw new SafeXml.RefusedXml("row number " + (rowIndex + 1) + " is outside 1.." + MAX_ROWS);
			}
			if (r > 0) {
				repeatedCells += cells.size();
				if (repeatedCells > MAX_REPEATED_CELLS) {
					throw new SafeXml.RefusedXml("repeated rows expand to more than " + MAX_REPEATED_CELLS + " cells");
				}
			}
			if (!visitor.row(new SheetRow((int) rowIndex, cells))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isRowGroup(XMLStreamReader reader) {
		String name = reader.getLocalName();
		return Odf.TABLE.equals(reader.getNamespaceURI())
				&& ("table-header-rows".equals(name) || "table-row-group".equals(name) || "table-rows".equals(name));
	}

	/** The non-blank cells of one row, in column order; reads to the row's end tag. */
	private List<SheetCell> row(XMLStreamReader reader) throws XMLStreamException {
		List<SheetCell> cells = new ArrayList<>();
		long next = 0;
		int depth = 1;
		while (depth > 0) {
			int event = SafeXml.next(reader);
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (Odf.is(reader, Odf.TABLE, "table-cell") || Odf.is(reader, Odf.TABLE, "covered-table-cell")) {
					long repeat = Odf.repeat(reader, "number-columns-repeated");
					column = next;
					SheetCell value = cell(reader);
					if (value != null) {
						if (next + repeat > MAX_COLUMNS) {
							throw new SafeXml.RefusedXml(
									"row " + (rowIndex + 1) + " has a cell beyond the last column XFD");
						}
						for (long c = next; c < next + repeat; c++) {
							cells.add(new SheetCell((int) c, value.kind(), value.text(), value.number(), value.formula()));
						}
					}
					next = Math.min(next + Math.min(repeat, 2L * MAX_COLUMNS), 2L * MAX_COLUMNS);
				}
				else {
					SafeXml.skipElement(reader);
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.END_DOCUMENT) {
				throw new SafeXml.RefusedXml("ends in the middle of a row");
			}
		}
		return List.copyOf(cells);
	}

	/** One cell's value (column 0; the caller places it), or null when blank; reads to its end tag. */
	private SheetCell cell(XMLStreamReader reader) throws XMLStreamException {
		String valueType = Odf.attribute(reader, Odf.OFFICE, "value-type");
		String calcType = Odf.attribute(reader, Odf.CALCEXT, "value-type");
		String formula = Odf.attribute(reader, Odf.TABLE, "formula");
		String value = Odf.attribute(reader, Odf.OFFICE, "value");
		String dateValue = Odf.attribute(reader, Odf.OFFICE, "date-value");
		String timeValue = Odf.attribute(reader, Odf.OFFICE, "time-value");
		String booleanValue = Odf.attribute(reader, Odf.OFFICE, "boolean-value");
		String stringValue = Odf.attribute(reader, Odf.OFFICE, "string-value");
		String text = cellText(reader);
		boolean isFormula = formula != null;
		if ("error".equals(calcType)) {
			return new SheetCell(0, CellKind.ERROR, text.isBlank() ? "#N/A" : text.trim(), 0, isFormula);
		}
		if (valueType == null) {
			if (isFormula) {
				// a formula whose result was never stored (written by a program that does not calculate)
				return new SheetCell(0, CellKind.FORMULA_WITHOUT_RESULT, formulaText(formula), 0, true);
			}
			return text(text, false);
		}
		return switch (valueType) {
			case "float", "percentage", "currency" -> number(value, text, isFormula);
			case "date" -> date(dateValue, text, isFormula);
			case "time" -> time(timeValue, text, isFormula);
			case "boolean" -> {
				boolean truth = "true".equals(booleanValue) || "1".equals(booleanValue);
				yield new SheetCell(0, CellKind.BOOLEAN, truth ? "TRUE" : "FALSE", truth ? 1 : 0, isFormula);
			}
			case "string" -> text(text.isEmpty() && stringValue != null ? stringValue : text, isFormula);
			default -> text(text, isFormula);
		};
	}

	private static SheetCell text(String text, boolean isFormula) {
		// an empty string (e.g. a formula returning "") looks blank and is treated so, as in .xlsx
		return text == null || text.isEmpty() ? null : new SheetCell(0, CellKind.TEXT, text, 0, isFormula);
	}

	private static SheetCell number(String value, String text, boolean isFormula) throws SafeXml.RefusedXml {
		if (value == null || value.isBlank()) {
			// a number cell without its number: what is shown is all there is, for the rules to judge
			return text(text, isFormula);
		}
		double number;
		try {
			number = Double.parseDouble(value.trim());
		}
		catch (NumberFormatException e) {
			throw new SafeXml.RefusedXml("the numeric value '" + abbreviate(value.trim()) + "' is not a number");
		}
		if (!Double.isFinite(number)) {
			return new SheetCell(0, CellKind.ERROR, "#NUM!", 0, isFormula);
		}
		return new SheetCell(0, CellKind.NUMBER, ExcelNumbers.general(number), number, isFormula);
	}

	/** An ISO date (or date and time) as a 1900-based Excel serial, as .xlsx delivers it. */
	private static SheetCell date(String value, String text, boolean isFormula) {
		if (value != null) {
			String trimmed = value.trim();
			try {
				LocalDateTime dateTime = trimmed.contains("T") ? LocalDateTime.parse(trimmed)
						: LocalDate.parse(trimmed).atStartOfDay();
				double serial = DateUtil.getExcelDate(dateTime);
				if (serial > 0) {
					return new SheetCell(0, CellKind.DATE, ExcelNumbers.general(serial), serial, isFormula);
				}
			}
			catch (DateTimeParseException e) {
				// not a date we understand (a time zone, a date before 1900): hand it on as text
			}
		}
		return text(text.isEmpty() ? value : text, isFormula);
	}

	/** A time of day ({@code PT12H30M00S}) as the fraction of a day Excel keeps for it. */
	private static SheetCell time(String value, String text, boolean isFormula) {
		if (value != null) {
			try {
				double serial = Duration.parse(value.trim()).toMillis() / 1000.0 / DAY_SECONDS;
				if (serial >= 0) {
					return new SheetCell(0, CellKind.DATE, ExcelNumbers.general(serial), serial, isFormula);
				}
			}
			catch (DateTimeParseException | ArithmeticException e) {
				// handed on as text below
			}
		}
		return text(text.isEmpty() ? value : text, isFormula);
	}

	/**
	 * The text the cell shows: its paragraphs joined by line breaks, without comments, shapes and
	 * anything that is not text; reads to the cell's end tag.
	 */
	private static String cellText(XMLStreamReader reader) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int paragraphs = 0;
		int depth = 1;
		while (depth > 0) {
			int event = SafeXml.next(reader);
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (Odf.is(reader, Odf.TEXT, "p") || Odf.is(reader, Odf.TEXT, "h")) {
					if (paragraphs++ > 0) {
						append(text, "\n");
					}
					paragraph(reader, text);
				}
				else if (Odf.TEXT.equals(reader.getNamespaceURI())) {
					// lists and sections hold paragraphs
					depth++;
				}
				else {
					// comments (office:annotation), shapes, nested tables
					SafeXml.skipElement(reader);
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.END_DOCUMENT) {
				throw new SafeXml.RefusedXml("ends in the middle of a cell");
			}
		}
		return text.toString();
	}

	private static void paragraph(XMLStreamReader reader, StringBuilder text) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = SafeXml.next(reader);
			switch (event) {
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					if (text.length() + reader.getTextLength() > XlsxSharedStrings.MAX_STRING_CHARS) {
						throw tooLong();
					}
					text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
				}
				case XMLStreamConstants.START_ELEMENT -> {
					if (Odf.is(reader, Odf.TEXT, "s")) {
						append(text, " ".repeat(spaces(reader)));
						SafeXml.skipElement(reader);
					}
					else if (Odf.is(reader, Odf.TEXT, "tab")) {
						append(text, "\t");
						SafeXml.skipElement(reader);
					}
					else if (Odf.is(reader, Odf.TEXT, "line-break")) {
						append(text, "\n");
						SafeXml.skipElement(reader);
					}
					else if (Odf.TEXT.equals(reader.getNamespaceURI()) && !"note".equals(reader.getLocalName())) {
						// spans, links, fields: their text counts
						depth++;
					}
					else {
						// comments, footnotes, shapes anchored in the text
						SafeXml.skipElement(reader);
					}
				}
				case XMLStreamConstants.END_ELEMENT -> depth--;
				case XMLStreamConstants.END_DOCUMENT -> throw new SafeXml.RefusedXml("ends in the middle of a cell");
				default -> {
					// comments and processing instructions carry no cell content
				}
			}
		}
	}

	/** {@code <text:s text:c="3"/>}: that many spaces, within the cell text limit. */
	private static int spaces(XMLStreamReader reader) throws SafeXml.RefusedXml {
		String count = Odf.attribute(reader, Odf.TEXT, "c");
		if (count == null) {
			return 1;
		}
		try {
			long spaces = Long.parseLong(count.trim());
			if (spaces > XlsxSharedStrings.MAX_STRING_CHARS) {
				throw tooLong();
			}
			return (int) Math.max(1, spaces);
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}

	private static void append(StringBuilder text, String more) throws SafeXml.RefusedXml {
		if (text.length() + more.length() > XlsxSharedStrings.MAX_STRING_CHARS) {
			throw tooLong();
		}
		text.append(more);
	}

	private static SafeXml.RefusedXml tooLong() {
		return new SafeXml.RefusedXml("a value is longer than " + XlsxSharedStrings.MAX_STRING_CHARS + " characters");
	}

	/** {@code of:=[.E6]*0.95} as {@code =E6*0.95}. */
	static String formulaText(String formula) {
		String text = formula.startsWith("of:") ? formula.substring(3) : formula;
		text = OPEN_FORMULA_REFERENCE.matcher(text).replaceAll(m -> m.group(2) == null ? m.group(1)
				: m.group(1) + ":" + m.group(2));
		return text.startsWith("=") ? text : "=" + text;
	}

	private static void skipRest(XMLStreamReader reader, int depth) throws XMLStreamException {
		while (depth > 0) {
			int event = SafeXml.next(reader);
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.END_DOCUMENT) {
				return;
			}
		}
	}

	private static String abbreviate(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "..." : value;
	}

}
