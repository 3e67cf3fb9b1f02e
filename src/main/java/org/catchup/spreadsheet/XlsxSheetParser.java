package org.catchup.spreadsheet;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams one worksheet part row by row: only the current row is held in memory, and the
 * parse stops as soon as the visitor declines a row.
 */
final class XlsxSheetParser {

	static final int MAX_COLUMNS = 16_384;

	static final int MAX_ROWS = 1_048_576;

	private final SafeXml xml;

	private final XlsxCellValues values;

	private int rowIndex = -1;

	private int column = -1;

	XlsxSheetParser(SafeXml xml, XlsxCellValues values) {
		this.xml = xml;
		this.values = values;
	}

	/** Where the parser is, for messages: "cell F17", "row 17" or "" before the first row. */
	String position() {
		if (rowIndex < 0) {
			return "";
		}
		return column < 0 ? "row " + (rowIndex + 1) : "cell " + SheetCell.reference(rowIndex, column);
	}

	void parse(InputStream in, SheetVisitor visitor) throws XMLStreamException {
		XMLStreamReader reader = xml.open(in);
		try {
			List<SheetCell> cells = new ArrayList<>();
			while (reader.hasNext()) {
				int event = SafeXml.next(reader);
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = reader.getLocalName();
					if ("row".equals(name)) {
						startRow(reader);
						cells.clear();
					}
					else if ("c".equals(name)) {
						SheetCell cell = cell(reader);
						if (cell != null) {
							// columns stop at XFD, so more cells than that can only be repeats built to exhaust memory
							if (cells.size() == MAX_COLUMNS) {
								throw new SafeXml.RefusedXml("row " + (rowIndex + 1) + " holds more than " + MAX_COLUMNS
										+ " cells");
							}
							cells.add(cell);
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(reader.getLocalName())) {
					column = -1;
					if (!cells.isEmpty() && !visitor.row(new SheetRow(rowIndex, ordered(cells)))) {
						return;
					}
					cells.clear();
				}
			}
		}
		finally {
			reader.close();
		}
	}

	private void startRow(XMLStreamReader reader) throws XMLStreamException {
		String r = SafeXml.attribute(reader, "r");
		int next;
		if (r == null) {
			next = rowIndex + 1;
		}
		else {
			try {
				next = Integer.parseInt(r.trim()) - 1;
			}
			catch (NumberFormatException e) {
				throw new SafeXml.RefusedXml("row number '" + r + "' is not a number");
			}
		}
		if (next < 0 || next >= MAX_ROWS) {
			throw new SafeXml.RefusedXml("row number " + (next + 1) + " is outside 1.." + MAX_ROWS);
		}
		rowIndex = next;
		column = -1;
	}

	/** Reads one {@code <c>} element to its end; null when the cell is blank. */
	private SheetCell cell(XMLStreamReader reader) throws XMLStreamException {
		column = cellColumn(SafeXml.attribute(reader, "r"));
		String type = SafeXml.attribute(reader, "t");
		int style = styleIndex(SafeXml.attribute(reader, "s"));
		String value = null;
		String inline = null;
		String formula = null;
		int depth = 1;
		while (depth > 0) {
			int event = SafeXml.next(reader);
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (reader.getLocalName()) {
					case "v" -> value = SafeXml.elementText(reader, XlsxSharedStrings.MAX_STRING_CHARS);
					case "f" -> formula = SafeXml.elementText(reader, XlsxSharedStrings.MAX_STRING_CHARS);
					case "is" -> inline = XlsxSharedStrings.stringItem(reader);
					default -> SafeXml.skipElement(reader);
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.END_DOCUMENT) {
				throw new SafeXml.RefusedXml("ends in the middle of a cell");
			}
		}
		return values.cell(column, type, style, value, inline, formula);
	}

	private int cellColumn(String reference) throws XMLStreamException {
		int next;
		if (reference == null) {
			next = column + 1;
		}
		else {
			next = 0;
			int letters = 0;
			for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
				char c = Character.toUpperCase(reference.charAt(i));
				if (c < 'A' || c > 'Z' || ++letters > 3) {
					throw new SafeXml.RefusedXml("cell reference '" + abbreviate(reference) + "' is not valid");
				}
				next = next * 26 + (c - 'A' + 1);
			}
			if (letters == 0) {
				throw new SafeXml.RefusedXml("cell reference '" + abbreviate(reference) + "' is not valid");
			}
			next--;
		}
		if (next >= MAX_COLUMNS) {
			throw new SafeXml.RefusedXml("row " + (rowIndex + 1) + " has a cell beyond the last column XFD");
		}
		return next;
	}

	private static int styleIndex(String s) {
		if (s == null) {
			return -1;
		}
		try {
			return Integer.parseInt(s.trim());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	/** Excel writes cells in column order; anything else is sorted, the later duplicate winning. */
	private static List<SheetCell> ordered(List<SheetCell> cells) {
		boolean ascending = true;
		for (int i = 1; i < cells.size() && ascending; i++) {
			ascending = cells.get(i - 1).column() < cells.get(i).column();
		}
		if (ascending) {
			return List.copyOf(cells);
		}
		List<SheetCell> sorted = new ArrayList<>(cells);
		sorted.sort(Comparator.comparingInt(SheetCell::column));
		List<SheetCell> unique = new ArrayList<>();
		for (SheetCell cell : sorted) {
			if (!unique.isEmpty() && unique.get(unique.size() - 1).column() == cell.column()) {
				unique.set(unique.size() - 1, cell);
			}
			else {
				unique.add(cell);
			}
		}
		return List.copyOf(unique);
	}

	private static String abbreviate(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "..." : value;
	}

}
