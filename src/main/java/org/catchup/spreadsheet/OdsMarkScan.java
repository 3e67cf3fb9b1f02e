package org.catchup.spreadsheet;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A first look at content.xml before it is rewritten: the names of its sheets, and the cell style
 * each marked cell shows now (its own, else its row's or its column's default, else
 * {@code Default}), from which its marked style is derived so a date stays a date.
 */
final class OdsMarkScan {

	static final String DEFAULT_STYLE = "Default";

	record Result(Set<String> sheetNames, Map<OdsMarkedCopy.CellKey, String> styles) {
	}

	private OdsMarkScan() {
	}

	static Result scan(SafeXml xml, InputStream content, Map<String, NavigableMap<Integer, NavigableMap<Integer, OdsMarkedCopy.MarkedCell>>> marks)
			throws XMLStreamException {
		Set<String> names = new HashSet<>();
		Map<OdsMarkedCopy.CellKey, String> styles = new HashMap<>();
		XMLStreamReader reader = xml.open(content);
		try {
			int depth = 0;
			int spreadsheetDepth = -1;
			while (reader.hasNext()) {
				int event = SafeXml.next(reader);
				if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
					if (Odf.is(reader, Odf.OFFICE, "spreadsheet")) {
						spreadsheetDepth = depth;
					}
					else if (depth == spreadsheetDepth + 1 && Odf.is(reader, Odf.TABLE, "table")) {
						String name = Odf.attribute(reader, Odf.TABLE, "name");
						names.add(name);
						NavigableMap<Integer, NavigableMap<Integer, OdsMarkedCopy.MarkedCell>> sheetMarks = marks.get(name);
						if (sheetMarks == null) {
							SafeXml.skipElement(reader);
						}
						else {
							table(reader, name, sheetMarks, styles);
						}
						depth--;
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
			}
		}
		finally {
			reader.close();
		}
		return new Result(names, styles);
	}

	private record ColumnStyle(long from, long to, String style) {
	}

	private static void table(XMLStreamReader reader, String sheet, NavigableMap<Integer, NavigableMap<Integer, OdsMarkedCopy.MarkedCell>> marks,
			Map<OdsMarkedCopy.CellKey, String> styles) throws XMLStreamException {
		List<ColumnStyle> columns = new ArrayList<>();
		long nextColumn = 0;
		long nextRow = 0;
		int depth = 1;
		while (depth > 0) {
			int event = SafeXml.next(reader);
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
				if (Odf.is(reader, Odf.TABLE, "table-column")) {
					long repeat = Odf.repeat(reader, "number-columns-repeated");
					String style = Odf.attribute(reader, Odf.TABLE, "default-cell-style-name");
					if (style != null) {
						columns.add(new ColumnStyle(nextColumn, nextColumn + repeat, style));
					}
					nextColumn = Math.min(nextColumn + repeat, Integer.MAX_VALUE);
				}
				else if (Odf.is(reader, Odf.TABLE, "table-row")) {
					long repeat = Odf.repeat(reader, "number-rows-repeated");
					String rowStyle = Odf.attribute(reader, Odf.TABLE, "default-cell-style-name");
					NavigableMap<Integer, NavigableMap<Integer, OdsMarkedCopy.MarkedCell>> rows = marks.subMap((int) Math.min(nextRow,
							Integer.MAX_VALUE), true, (int) Math.min(nextRow + repeat - 1, Integer.MAX_VALUE), true);
					if (rows.isEmpty()) {
						SafeXml.skipElement(reader);
					}
					else {
						cells(reader, sheet, rows, rowStyle, columns, styles);
					}
					depth--;
					nextRow = Math.min(nextRow + repeat, Integer.MAX_VALUE);
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		// marked cells beyond the sheet's last row take their column's style
		for (var row : marks.tailMap((int) Math.min(nextRow, Integer.MAX_VALUE), true).entrySet()) {
			for (int column : row.getValue().keySet()) {
				styles.put(new OdsMarkedCopy.CellKey(sheet, row.getKey(), column), fallback(null, columns, column));
			}
		}
	}

	/** The marked cells of one (perhaps repeated) row; reads to its end tag. */
	private static void cells(XMLStreamReader reader, String sheet, NavigableMap<Integer, NavigableMap<Integer, OdsMarkedCopy.MarkedCell>> rows,
			String rowStyle, List<ColumnStyle> columns, Map<OdsMarkedCopy.CellKey, String> styles)
			throws XMLStreamException {
		long next = 0;
		int depth = 1;
		while (depth > 0) {
			int event = SafeXml.next(reader);
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (Odf.is(reader, Odf.TABLE, "table-cell") || Odf.is(reader, Odf.TABLE, "covered-table-cell")) {
					long repeat = Odf.repeat(reader, "number-columns-repeated");
					String style = Odf.attribute(reader, Odf.TABLE, "style-name");
					for (var row : rows.entrySet()) {
						for (int column : row.getValue().subMap((int) Math.min(next, Integer.MAX_VALUE), true,
								(int) Math.min(next + repeat - 1, Integer.MAX_VALUE), true).keySet()) {
							styles.put(new OdsMarkedCopy.CellKey(sheet, row.getKey(), column),
									style != null ? style : fallback(rowStyle, columns, column));
						}
					}
					next = Math.min(next + repeat, Integer.MAX_VALUE);
				}
				SafeXml.skipElement(reader);
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		for (var row : rows.entrySet()) {
			for (int column : row.getValue().tailMap((int) Math.min(next, Integer.MAX_VALUE), true).keySet()) {
				styles.put(new OdsMarkedCopy.CellKey(sheet, row.getKey(), column), fallback(rowStyle, columns, column));
			}
		}
	}

	private static String fallback(String rowStyle, List<ColumnStyle> columns, int column) {
		if (rowStyle != null) {
			return rowStyle;
		}
		for (ColumnStyle style : columns) {
			if (column >= style.from() && column < style.to()) {
				return style.style();
			}
		}
		return DEFAULT_STYLE;
	}

}
