package org.catchup.spreadsheet;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

import com.fasterxml.aalto.stax.OutputFactoryImpl;

/**
 * Rewrites content.xml as it streams: each marked cell gets a fill (a style derived from the one
 * it has) and a comment ({@code office:annotation}, the submitter's own note kept below ours); a
 * repeated row or cell holding a marked one is split around it; marks beyond the written cells are
 * added; the list sheet follows the last sheet. Only a row holding a mark is held in memory.
 */
final class OdsContentMarker {

	static final String CONFIG = "urn:oasis:names:tc:opendocument:xmlns:config:1.0";

	private static final String AUTHOR = "Catch-Up";

	/** Widths of the list sheet's columns in characters, as the .xlsx Problems sheet has them. */
	private static final int[] LIST_WIDTHS = { 11, 28, 16, 8, 18, 18, 90 };

	private static final String BOLD = "CatchUp-list-header";

	private static final XMLEventFactory EVENTS = XMLEventFactory.newInstance();

	private static final XMLOutputFactory OUTPUT = output();

	private final SafeXml xml;

	private final Map<String, NavigableMap<Integer, NavigableMap<Integer, OdsMarkedCopy.MarkedCell>>> marks;

	private final Map<OdsMarkedCopy.CellKey, String> cellStyles;

	private final OdsMarkedCopy.ListSheet list;

	/** (style the cell has, error?) to the name of its marked twin. */
	private final Map<String, String> derived = new LinkedHashMap<>();

	/** The automatic cell styles a marked twin is cloned from, as they were read. */
	private final Map<String, List<XMLEvent>> originals = new HashMap<>();

	private XMLEventWriter out;

	OdsContentMarker(SafeXml xml, Map<String, NavigableMap<Integer, NavigableMap<Integer, OdsMarkedCopy.MarkedCell>>> marks,
			Map<OdsMarkedCopy.CellKey, String> cellStyles, OdsMarkedCopy.ListSheet list) {
		this.xml = xml;
		this.marks = marks;
		this.cellStyles = cellStyles;
		this.list = list;
		marks.forEach((sheet, rows) -> rows.forEach((row, cells) -> cells.forEach((column, cell) -> derived
			.computeIfAbsent(styleKey(originalStyle(sheet, row, column), cell.error()),
					key -> "CatchUp-" + (cell.error() ? "error-" : "warning-") + (derived.size() + 1)))));
	}

	private static XMLOutputFactory output() {
		XMLOutputFactory factory = new OutputFactoryImpl();
		// new elements (comments, styles) bind their prefixes where the document did not declare them
		factory.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, true);
		return factory;
	}

	private static String styleKey(String style, boolean error) {
		return style + (error ? "\u0000E" : "\u0000W");
	}

	private String originalStyle(String sheet, int row, int column) {
		return cellStyles.getOrDefault(new OdsMarkedCopy.CellKey(sheet, row, column), OdsMarkScan.DEFAULT_STYLE);
	}

	private String markedStyle(String sheet, int row, int column, boolean error) {
		return derived.get(styleKey(originalStyle(sheet, row, column), error));
	}

	void rewrite(InputStream in, OutputStream target) throws XMLStreamException {
		XMLEventReader reader = xml.openEvents(in);
		out = OUTPUT.createXMLEventWriter(target, "UTF-8");
		try {
			int depth = 0;
			int spreadsheetDepth = -1;
			boolean inStyles = false;
			boolean stylesWritten = false;
			boolean tablesSeen = false;
			boolean listWritten = false;
			List<XMLEvent> capture = null;
			int captureDepth = 0;
			String captureName = null;
			while (reader.hasNext()) {
				XMLEvent event = next(reader);
				if (event.isStartElement()) {
					StartElement start = event.asStartElement();
					depth++;
					if (is(start, Odf.OFFICE, "body") && !stylesWritten) {
						element(Odf.OFFICE, "automatic-styles");
						newStyles();
						end(Odf.OFFICE, "automatic-styles");
						stylesWritten = true;
					}
					else if (is(start, Odf.OFFICE, "automatic-styles")) {
						inStyles = true;
					}
					else if (inStyles && capture == null && is(start, Odf.STYLE, "style")
							&& "table-cell".equals(attribute(start, Odf.STYLE, "family"))
							&& isDerivedFrom(attribute(start, Odf.STYLE, "name"))) {
						capture = new ArrayList<>();
						captureDepth = depth;
						captureName = attribute(start, Odf.STYLE, "name");
					}
					else if (is(start, Odf.OFFICE, "spreadsheet")) {
						spreadsheetDepth = depth;
					}
					else if (depth == spreadsheetDepth + 1) {
						if (is(start, Odf.TABLE, "table")) {
							tablesSeen = true;
							table(reader, start);
							depth--;
							continue;
						}
						if (tablesSeen && !listWritten) {
							// named ranges and database ranges follow the sheets
							listTable();
							listWritten = true;
						}
					}
				}
				else if (event.isEndElement()) {
					if (inStyles && is(event.asEndElement().getName(), Odf.OFFICE, "automatic-styles")) {
						newStyles();
						stylesWritten = true;
						inStyles = false;
					}
					else if (depth == spreadsheetDepth && !listWritten) {
						listTable();
						listWritten = true;
					}
					depth--;
				}
				out.add(event);
				if (capture != null) {
					capture.add(event);
					if (event.isEndElement() && depth == captureDepth - 1) {
						originals.put(captureName, capture);
						capture = null;
					}
				}
			}
			out.flush();
		}
		finally {
			reader.close();
		}
	}

	private boolean isDerivedFrom(String style) {
		return style != null && (derived.containsKey(styleKey(style, true)) || derived.containsKey(styleKey(style, false)));
	}

	// ---------------------------------------------------------------- styles

	/** The marked twins of the styles marked cells have, and the list sheet's styles. */
	private void newStyles() throws XMLStreamException {
		for (Map.Entry<String, String> entry : derived.entrySet()) {
			String original = entry.getKey().substring(0, entry.getKey().length() - 2);
			String fill = entry.getKey().endsWith("E") ? OdsMarkedCopy.ERROR_FILL : OdsMarkedCopy.WARNING_FILL;
			List<XMLEvent> style = originals.get(original);
			if (style == null) {
				// a common style (Default, Heading): the twin inherits it
				element(Odf.STYLE, "style", attr(Odf.STYLE, "name", entry.getValue()),
						attr(Odf.STYLE, "family", "table-cell"), attr(Odf.STYLE, "parent-style-name", original));
				element(Odf.STYLE, "table-cell-properties", attr(Odf.FO, "background-color", fill));
				end(Odf.STYLE, "table-cell-properties");
				end(Odf.STYLE, "style");
			}
			else {
				twin(style, entry.getValue(), fill);
			}
		}
		element(Odf.STYLE, "style", attr(Odf.STYLE, "name", BOLD), attr(Odf.STYLE, "family", "table-cell"),
				attr(Odf.STYLE, "parent-style-name", OdsMarkScan.DEFAULT_STYLE));
		element(Odf.STYLE, "text-properties", attr(Odf.FO, "font-weight", "bold"));
		end(Odf.STYLE, "text-properties");
		end(Odf.STYLE, "style");
		for (int i = 0; i < LIST_WIDTHS.length; i++) {
			element(Odf.STYLE, "style", attr(Odf.STYLE, "name", "CatchUp-list-co" + (i + 1)),
					attr(Odf.STYLE, "family", "table-column"));
			element(Odf.STYLE, "table-column-properties", attr(Odf.STYLE, "column-width",
					String.format(Locale.ROOT, "%.2fcm", LIST_WIDTHS[i] * 0.21)));
			end(Odf.STYLE, "table-column-properties");
			end(Odf.STYLE, "style");
		}
	}

	/** A copy of an automatic cell style under a new name, with the fill. */
	private void twin(List<XMLEvent> style, String name, String fill) throws XMLStreamException {
		boolean filled = false;
		int depth = 0;
		for (XMLEvent event : style) {
			if (event.isStartElement()) {
				depth++;
				StartElement start = event.asStartElement();
				if (depth == 1) {
					out.add(with(start, Odf.STYLE, "name", name));
					continue;
				}
				if (depth == 2 && !filled) {
					filled = true;
					if (is(start, Odf.STYLE, "table-cell-properties")) {
						out.add(with(start, Odf.FO, "background-color", fill));
						continue;
					}
					element(Odf.STYLE, "table-cell-properties", attr(Odf.FO, "background-color", fill));
					end(Odf.STYLE, "table-cell-properties");
				}
			}
			else if (event.isEndElement()) {
				if (depth == 1 && !filled) {
					element(Odf.STYLE, "table-cell-properties", attr(Odf.FO, "background-color", fill));
					end(Odf.STYLE, "table-cell-properties");
				}
				depth--;
			}
			out.add(event);
		}
	}

	// ---------------------------------------------------------------- sheets

	private void table(XMLEventReader reader, StartElement start) throws XMLStreamException {
		String sheet = attribute(start, Odf.TABLE, "name");
		NavigableMap<Integer, NavigableMap<Integer, OdsMarkedCopy.MarkedCell>> sheetMarks = marks.get(sheet);
		out.add(start);
		if (sheetMarks == null) {
			copyRest(reader);
			return;
		}
		long nextRow = 0;
		boolean appended = false;
		int depth = 1;
		while (depth > 0) {
			XMLEvent event = next(reader);
			if (event.isStartElement()) {
				StartElement element = event.asStartElement();
				if (is(element, Odf.TABLE, "table-row")) {
					long repeat = repeat(element, "number-rows-repeated");
					NavigableMap<Integer, NavigableMap<Integer, OdsMarkedCopy.MarkedCell>> rows = range(sheetMarks, nextRow,
							repeat);
					if (rows.isEmpty()) {
						out.add(element);
						copyRest(reader);
					}
					else {
						rows(subtree(reader, element), nextRow, repeat, rows, sheet);
					}
					nextRow = Math.min(nextRow + repeat, Integer.MAX_VALUE);
					continue;
				}
				if (isRowGroup(element)) {
					out.add(element);
					depth++;
					continue;
				}
				if (depth == 1 && is(element, Odf.TABLE, "named-expressions") && !appended) {
					appendRows(sheetMarks.tailMap((int) nextRow, true), nextRow, sheet);
					appended = true;
				}
				out.add(element);
				copyRest(reader);
				continue;
			}
			if (event.isEndElement()) {
				depth--;
				if (depth == 0 && !appended) {
					appendRows(sheetMarks.tailMap((int) Math.min(nextRow, Integer.MAX_VALUE), true), nextRow, sheet);
				}
			}
			out.add(event);
		}
	}

	/** A (repeated) row holding marks: the unmarked repeats copied around each marked one. */
	private void rows(List<XMLEvent> row, long first, long repeat,
			NavigableMap<Integer, NavigableMap<Integer, OdsMarkedCopy.MarkedCell>> marked, String sheet)
			throws XMLStreamException {
		long cursor = first;
		for (var entry : marked.entrySet()) {
			if (entry.getKey() > cursor) {
				copy(row, "number-rows-repeated", entry.getKey() - cursor);
			}
			markedRow(row, entry.getValue(), sheet, entry.getKey());
			cursor = entry.getKey() + 1L;
		}
		if (first + repeat > cursor) {
			copy(row, "number-rows-repeated", first + repeat - cursor);
		}
	}

	private void markedRow(List<XMLEvent> row, NavigableMap<Integer, OdsMarkedCopy.MarkedCell> cells, String sheet,
			int rowIndex) throws XMLStreamException {
		out.add(withRepeat(row.get(0).asStartElement(), "number-rows-repeated", 1));
		long column = 0;
		int last = row.size() - 1;
		int i = 1;
		while (i < last) {
			XMLEvent event = row.get(i);
			if (!event.isStartElement()) {
				out.add(event);
				i++;
				continue;
			}
			int end = endOf(row, i);
			List<XMLEvent> element = row.subList(i, end + 1);
			StartElement start = event.asStartElement();
			if (is(start, Odf.TABLE, "table-cell") || is(start, Odf.TABLE, "covered-table-cell")) {
				long repeat = repeat(start, "number-columns-repeated");
				NavigableMap<Integer, OdsMarkedCopy.MarkedCell> marked = range(cells, column, repeat);
				if (marked.isEmpty()) {
					addAll(element);
				}
				else {
					long cursor = column;
					for (var entry : marked.entrySet()) {
						if (entry.getKey() > cursor) {
							copy(element, "number-columns-repeated", entry.getKey() - cursor);
						}
						markedCell(element, entry.getValue(), markedStyle(sheet, rowIndex, entry.getKey(),
								entry.getValue().error()));
						cursor = entry.getKey() + 1L;
					}
					if (column + repeat > cursor) {
						copy(element, "number-columns-repeated", column + repeat - cursor);
					}
				}
				column = Math.min(column + repeat, Integer.MAX_VALUE);
			}
			else {
				addAll(element);
			}
			i = end + 1;
		}
		appendCells(cells.tailMap((int) column, true), column, sheet, rowIndex);
		out.add(row.get(last));
	}

	/** The cell with its fill, and our comment first (LibreOffice keeps a cell's comment before its text). */
	private void markedCell(List<XMLEvent> cell, OdsMarkedCopy.MarkedCell mark, String style) throws XMLStreamException {
		out.add(with(withRepeat(cell.get(0).asStartElement(), "number-columns-repeated", 1), Odf.TABLE, "style-name",
				style));
		int existingStart = -1;
		int existingEnd = -1;
		for (int i = 1; i < cell.size() - 1; i++) {
			if (cell.get(i).isStartElement()) {
				if (is(cell.get(i).asStartElement(), Odf.OFFICE, "annotation")) {
					existingStart = i;
					existingEnd = endOf(cell, i);
				}
				break;
			}
		}
		annotation(mark.note(), existingStart < 0 ? List.of() : cell.subList(existingStart, existingEnd + 1));
		for (int i = 1; i < cell.size() - 1; i++) {
			if (i == existingStart) {
				i = existingEnd;
				continue;
			}
			out.add(cell.get(i));
		}
		out.add(cell.get(cell.size() - 1));
	}

	private void annotation(String note, List<XMLEvent> existing) throws XMLStreamException {
		element(Odf.OFFICE, "annotation");
		element(Odf.DC, "creator");
		out.add(EVENTS.createCharacters(AUTHOR));
		end(Odf.DC, "creator");
		for (String line : OdsMarkedCopy.lines(note)) {
			paragraph(line);
		}
		if (!existing.isEmpty()) {
			// keep the submitter's own note below ours
			paragraph("");
			int i = 1;
			while (i < existing.size() - 1) {
				XMLEvent event = existing.get(i);
				if (event.isStartElement()) {
					int end = endOf(existing, i);
					if (Odf.TEXT.equals(event.asStartElement().getName().getNamespaceURI())) {
						addAll(existing.subList(i, end + 1));
					}
					i = end + 1;
				}
				else {
					i++;
				}
			}
		}
		end(Odf.OFFICE, "annotation");
	}

	/** Rows for marks below the last written row. */
	private void appendRows(NavigableMap<Integer, NavigableMap<Integer, OdsMarkedCopy.MarkedCell>> rows, long next,
			String sheet) throws XMLStreamException {
		long cursor = next;
		for (var entry : rows.entrySet()) {
			if (entry.getKey() > cursor) {
				element(Odf.TABLE, "table-row", attr(Odf.TABLE, "number-rows-repeated", String.valueOf(entry.getKey() - cursor)));
				element(Odf.TABLE, "table-cell");
				end(Odf.TABLE, "table-cell");
				end(Odf.TABLE, "table-row");
			}
			element(Odf.TABLE, "table-row");
			appendCells(entry.getValue(), 0, sheet, entry.getKey());
			end(Odf.TABLE, "table-row");
			cursor = entry.getKey() + 1L;
		}
	}

	/** Cells for marks right of the last written cell of a row. */
	private void appendCells(NavigableMap<Integer, OdsMarkedCopy.MarkedCell> cells, long next, String sheet, int row)
			throws XMLStreamException {
		long cursor = next;
		for (var entry : cells.entrySet()) {
			if (entry.getKey() > cursor) {
				element(Odf.TABLE, "table-cell",
						attr(Odf.TABLE, "number-columns-repeated", String.valueOf(entry.getKey() - cursor)));
				end(Odf.TABLE, "table-cell");
			}
			element(Odf.TABLE, "table-cell",
					attr(Odf.TABLE, "style-name", markedStyle(sheet, row, entry.getKey(), entry.getValue().error())));
			annotation(entry.getValue().note(), List.of());
			end(Odf.TABLE, "table-cell");
			cursor = entry.getKey() + 1L;
		}
	}

	// ---------------------------------------------------------------- the list sheet

	private void listTable() throws XMLStreamException {
		element(Odf.TABLE, "table", attr(Odf.TABLE, "name", list.name()));
		for (int i = 0; i < LIST_WIDTHS.length; i++) {
			element(Odf.TABLE, "table-column", attr(Odf.TABLE, "style-name", "CatchUp-list-co" + (i + 1)));
			end(Odf.TABLE, "table-column");
		}
		element(Odf.TABLE, "table-header-rows");
		element(Odf.TABLE, "table-row");
		for (String header : list.headers()) {
			textCell(header, BOLD);
		}
		end(Odf.TABLE, "table-row");
		end(Odf.TABLE, "table-header-rows");
		for (List<String> row : list.rows()) {
			element(Odf.TABLE, "table-row");
			for (String value : row) {
				textCell(value, null);
			}
			end(Odf.TABLE, "table-row");
		}
		end(Odf.TABLE, "table");
	}

	/** Always text: a value like {@code =HYPERLINK(...)} stays inert. */
	private void textCell(String value, String style) throws XMLStreamException {
		if (value == null || value.isEmpty()) {
			element(Odf.TABLE, "table-cell");
			end(Odf.TABLE, "table-cell");
			return;
		}
		if (style == null) {
			element(Odf.TABLE, "table-cell", attr(Odf.OFFICE, "value-type", "string"));
		}
		else {
			element(Odf.TABLE, "table-cell", attr(Odf.TABLE, "style-name", style), attr(Odf.OFFICE, "value-type", "string"));
		}
		for (String line : OdsMarkedCopy.lines(value)) {
			paragraph(line);
		}
		end(Odf.TABLE, "table-cell");
	}

	/** A whole content.xml holding only the list sheet. */
	static void listDocument(OdsMarkedCopy.ListSheet list, OutputStream target) throws XMLStreamException {
		OdsContentMarker marker = new OdsContentMarker(null, Map.of(), Map.of(), list);
		marker.out = OUTPUT.createXMLEventWriter(target, "UTF-8");
		marker.out.add(EVENTS.createStartDocument("UTF-8", "1.0"));
		marker.element(Odf.OFFICE, "document-content", marker.attr(Odf.OFFICE, "version", "1.3"));
		marker.element(Odf.OFFICE, "automatic-styles");
		marker.newStyles();
		marker.end(Odf.OFFICE, "automatic-styles");
		marker.element(Odf.OFFICE, "body");
		marker.element(Odf.OFFICE, "spreadsheet");
		marker.listTable();
		marker.end(Odf.OFFICE, "spreadsheet");
		marker.end(Odf.OFFICE, "body");
		marker.end(Odf.OFFICE, "document-content");
		marker.out.add(EVENTS.createEndDocument());
		marker.out.flush();
	}

	/**
	 * settings.xml with the list sheet as the one the document opens on: its view's
	 * {@code ActiveTable}, or a view saying so where the document has none (files saved without a
	 * window, as by a converter).
	 */
	static void openOn(SafeXml xml, InputStream in, OutputStream target, String sheet) throws XMLStreamException {
		XMLEventReader reader = xml.openEvents(in);
		OdsContentMarker writer = new OdsContentMarker(null, Map.of(), Map.of(), null);
		writer.out = OUTPUT.createXMLEventWriter(target, "UTF-8");
		try {
			boolean active = false;
			boolean found = false;
			int depth = 0;
			int viewSettings = -1;
			while (reader.hasNext()) {
				XMLEvent event = next(reader);
				if (event.isStartElement()) {
					depth++;
					StartElement start = event.asStartElement();
					if (is(start, CONFIG, "config-item-set") && "ooo:view-settings".equals(attribute(start, CONFIG, "name"))) {
						viewSettings = depth;
					}
					active = is(start, CONFIG, "config-item") && "ActiveTable".equals(attribute(start, CONFIG, "name"));
					writer.out.add(event);
					if (active) {
						found = true;
						writer.out.add(EVENTS.createCharacters(sheet));
					}
					continue;
				}
				if (event.isEndElement()) {
					active = false;
					if (depth == viewSettings && !found) {
						writer.activeView(sheet);
					}
					depth--;
				}
				else if (active && event.isCharacters()) {
					continue;
				}
				writer.out.add(event);
			}
			writer.out.flush();
		}
		finally {
			reader.close();
		}
	}

	private void activeView(String sheet) throws XMLStreamException {
		element(CONFIG, "config-item-map-indexed", attr(CONFIG, "name", "Views"));
		element(CONFIG, "config-item-map-entry");
		configItem("ViewId", "view1");
		configItem("ActiveTable", sheet);
		end(CONFIG, "config-item-map-entry");
		end(CONFIG, "config-item-map-indexed");
	}

	private void configItem(String name, String value) throws XMLStreamException {
		element(CONFIG, "config-item", attr(CONFIG, "name", name), attr(CONFIG, "type", "string"));
		out.add(EVENTS.createCharacters(value));
		end(CONFIG, "config-item");
	}

	// ---------------------------------------------------------------- events

	private static XMLEvent next(XMLEventReader reader) throws XMLStreamException {
		XMLEvent event = reader.nextEvent();
		if (event.getEventType() == XMLStreamConstants.DTD) {
			throw new SafeXml.RefusedXml("contains a DOCTYPE, refused");
		}
		if (event.getEventType() == XMLStreamConstants.ENTITY_REFERENCE) {
			throw new SafeXml.RefusedXml("contains an entity reference, refused");
		}
		return event;
	}

	/** Copies the rest of the element whose start was just written, its end included. */
	private void copyRest(XMLEventReader reader) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			XMLEvent event = next(reader);
			if (event.isStartElement()) {
				depth++;
			}
			else if (event.isEndElement()) {
				depth--;
			}
			else if (event.isEndDocument()) {
				throw new SafeXml.RefusedXml("ends in the middle of an element");
			}
			out.add(event);
		}
	}

	/** The element that starts with {@code start}, read to its end, as events. */
	private static List<XMLEvent> subtree(XMLEventReader reader, StartElement start) throws XMLStreamException {
		List<XMLEvent> events = new ArrayList<>();
		events.add(start);
		int depth = 1;
		while (depth > 0) {
			XMLEvent event = next(reader);
			if (event.isStartElement()) {
				depth++;
			}
			else if (event.isEndElement()) {
				depth--;
			}
			else if (event.isEndDocument()) {
				throw new SafeXml.RefusedXml("ends in the middle of an element");
			}
			events.add(event);
		}
		return events;
	}

	private static int endOf(List<XMLEvent> events, int start) {
		int depth = 0;
		for (int i = start; i < events.size(); i++) {
			if (events.get(i).isStartElement()) {
				depth++;
			}
			else if (events.get(i).isEndElement() && --depth == 0) {
				return i;
			}
		}
		throw new IllegalStateException("unbalanced element");
	}

	private void copy(List<XMLEvent> element, String repeatAttribute, long times) throws XMLStreamException {
		out.add(withRepeat(element.get(0).asStartElement(), repeatAttribute, times));
		for (int i = 1; i < element.size(); i++) {
			out.add(element.get(i));
		}
	}

	private void addAll(List<XMLEvent> events) throws XMLStreamException {
		for (XMLEvent event : events) {
			out.add(event);
		}
	}

	private static <T> NavigableMap<Integer, T> range(NavigableMap<Integer, T> map, long first, long count) {
		if (first > Integer.MAX_VALUE) {
			return java.util.Collections.emptyNavigableMap();
		}
		return map.subMap((int) first, true, (int) Math.min(first + count - 1, Integer.MAX_VALUE), true);
	}

	private static boolean isRowGroup(StartElement element) {
		return is(element, Odf.TABLE, "table-header-rows") || is(element, Odf.TABLE, "table-row-group")
				|| is(element, Odf.TABLE, "table-rows");
	}

	private static boolean is(StartElement element, String namespace, String localName) {
		return is(element.getName(), namespace, localName);
	}

	private static boolean is(QName name, String namespace, String localName) {
		return localName.equals(name.getLocalPart()) && namespace.equals(name.getNamespaceURI());
	}

	private static String attribute(StartElement element, String namespace, String localName) {
		Attribute attribute = element.getAttributeByName(new QName(namespace, localName));
		return attribute == null ? null : attribute.getValue();
	}

	private static long repeat(StartElement element, String localName) throws SafeXml.RefusedXml {
		return Odf.repeat(attribute(element, Odf.TABLE, localName), localName);
	}

	private static StartElement withRepeat(StartElement start, String localName, long times) {
		return with(start, Odf.TABLE, localName, times > 1 ? String.valueOf(times) : null);
	}

	/** The element with one attribute set (or removed, for null), the others and its namespaces kept. */
	private static StartElement with(StartElement start, String namespace, String localName, String value) {
		List<Attribute> attributes = new ArrayList<>();
		for (Iterator<Attribute> it = start.getAttributes(); it.hasNext();) {
			Attribute attribute = it.next();
			if (!is(attribute.getName(), namespace, localName)) {
				attributes.add(attribute);
			}
		}
		if (value != null) {
			attributes.add(EVENTS.createAttribute(prefixFor(namespace), namespace, localName, value));
		}
		QName name = start.getName();
		return EVENTS.createStartElement(name.getPrefix(), name.getNamespaceURI(), name.getLocalPart(),
				attributes.iterator(), start.getNamespaces(), start.getNamespaceContext());
	}

	private Attribute attr(String namespace, String localName, String value) {
		return EVENTS.createAttribute(prefixFor(namespace), namespace, localName, value);
	}

	private void element(String namespace, String localName, Attribute... attributes) throws XMLStreamException {
		out.add(EVENTS.createStartElement(prefixFor(namespace), namespace, localName, List.of(attributes).iterator(),
				null));
	}

	private void end(String namespace, String localName) throws XMLStreamException {
		out.add(EVENTS.createEndElement(prefixFor(namespace), namespace, localName));
	}

	private void paragraph(String text) throws XMLStreamException {
		element(Odf.TEXT, "p");
		if (!text.isEmpty()) {
			out.add(EVENTS.createCharacters(text));
		}
		end(Odf.TEXT, "p");
	}

	/** The prefixes LibreOffice uses; with namespace repairing they are declared where missing. */
	private static String prefixFor(String namespace) {
		return switch (namespace) {
			case Odf.OFFICE -> "office";
			case Odf.TABLE -> "table";
			case Odf.TEXT -> "text";
			case Odf.STYLE -> "style";
			case Odf.FO -> "fo";
			case Odf.DC -> "dc";
			case CONFIG -> "config";
			default -> "ns";
		};
	}

}
