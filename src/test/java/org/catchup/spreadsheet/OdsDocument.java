package org.catchup.spreadsheet;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.ss.util.CellReference;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A written .ods opened whole for assertions: its sheets, a cell by reference, a cell's style and comment. */
final class OdsDocument {

	private final Document content;

	private final List<String> entries = new ArrayList<>();

	private final String settings;

	private final byte[] firstEntryHeader;

	private OdsDocument(Document content, String settings, byte[] firstEntryHeader) {
		this.content = content;
		this.settings = settings;
		this.firstEntryHeader = firstEntryHeader;
	}

	static OdsDocument open(Path file) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Document content;
			try (InputStream in = zip.getInputStream(zip.getEntry("content.xml"))) {
				content = factory.newDocumentBuilder().parse(in);
			}
			ZipEntry settingsEntry = zip.getEntry("settings.xml");
			String settings = null;
			if (settingsEntry != null) {
				try (InputStream in = zip.getInputStream(settingsEntry)) {
					settings = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				}
			}
			byte[] head;
			try (InputStream raw = java.nio.file.Files.newInputStream(file)) {
				head = raw.readNBytes(30 + 8 + OdsFiles.MIMETYPE.length());
			}
			OdsDocument document = new OdsDocument(content, settings, head);
			zip.stream().forEach(e -> document.entries.add(e.getName()));
			return document;
		}
	}

	List<String> entries() {
		return entries;
	}

	String settings() {
		return settings;
	}

	/** The package starts with the stored mimetype entry, as ODF requires. */
	boolean startsWithStoredMimetype() {
		String text = new String(firstEntryHeader, 30, firstEntryHeader.length - 30, java.nio.charset.StandardCharsets.US_ASCII);
		int method = (firstEntryHeader[8] & 0xff) | (firstEntryHeader[9] & 0xff) << 8;
		return method == 0 && text.equals("mimetype" + OdsFiles.MIMETYPE);
	}

	List<String> sheetNames() {
		List<String> names = new ArrayList<>();
		NodeList tables = content.getElementsByTagNameNS(Odf.TABLE, "table");
		for (int i = 0; i < tables.getLength(); i++) {
			names.add(((Element) tables.item(i)).getAttributeNS(Odf.TABLE, "name"));
		}
		return names;
	}

	/** The cell element at {@code reference} of the sheet, repeats counted; null when the row or cell is not written. */
	Element cell(String sheet, String reference) {
		CellReference ref = new CellReference(reference);
		Element table = table(sheet);
		int row = 0;
		for (Element r : descendants(table, "table-row")) {
			int rows = repeat(r, "number-rows-repeated");
			if (ref.getRow() < row + rows) {
				int column = 0;
				for (Element c : children(r)) {
					int columns = repeat(c, "number-columns-repeated");
					if (ref.getCol() < column + columns) {
						return c;
					}
					column += columns;
				}
				return null;
			}
			row += rows;
		}
		return null;
	}

	/** The fill (fo:background-color) of a cell's automatic style, null when none. */
	String fill(Element cell) {
		Element style = style(cell.getAttributeNS(Odf.TABLE, "style-name"));
		if (style == null) {
			return null;
		}
		NodeList properties = style.getElementsByTagNameNS(Odf.STYLE, "table-cell-properties");
		return properties.getLength() == 0 ? null
				: emptyToNull(((Element) properties.item(0)).getAttributeNS(Odf.FO, "background-color"));
	}

	Element style(String name) {
		NodeList styles = content.getElementsByTagNameNS(Odf.STYLE, "style");
		for (int i = 0; i < styles.getLength(); i++) {
			Element style = (Element) styles.item(i);
			if (style.getAttributeNS(Odf.STYLE, "name").equals(name)) {
				return style;
			}
		}
		return null;
	}

	/** The comment's paragraphs, its author left out; empty when the cell has none. */
	List<String> comment(Element cell) {
		List<String> lines = new ArrayList<>();
		NodeList annotations = cell.getElementsByTagNameNS(Odf.OFFICE, "annotation");
		if (annotations.getLength() == 0) {
			return lines;
		}
		NodeList paragraphs = ((Element) annotations.item(0)).getElementsByTagNameNS(Odf.TEXT, "p");
		for (int i = 0; i < paragraphs.getLength(); i++) {
			lines.add(paragraphs.item(i).getTextContent());
		}
		return lines;
	}

	int annotations(Element cell) {
		return cell.getElementsByTagNameNS(Odf.OFFICE, "annotation").getLength();
	}

	private Element table(String sheet) {
		NodeList tables = content.getElementsByTagNameNS(Odf.TABLE, "table");
		for (int i = 0; i < tables.getLength(); i++) {
			Element table = (Element) tables.item(i);
			if (table.getAttributeNS(Odf.TABLE, "name").equals(sheet)) {
				return table;
			}
		}
		throw new AssertionError("no sheet " + sheet);
	}

	private static List<Element> descendants(Element parent, String localName) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getElementsByTagNameNS(Odf.TABLE, localName);
		for (int i = 0; i < nodes.getLength(); i++) {
			found.add((Element) nodes.item(i));
		}
		return found;
	}

	private static List<Element> children(Element row) {
		List<Element> cells = new ArrayList<>();
		for (Node n = row.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && Odf.TABLE.equals(e.getNamespaceURI())
					&& (e.getLocalName().equals("table-cell") || e.getLocalName().equals("covered-table-cell"))) {
				cells.add(e);
			}
		}
		return cells;
	}

	private static int repeat(Element element, String attribute) {
		String value = element.getAttributeNS(Odf.TABLE, attribute);
		return value.isEmpty() ? 1 : Integer.parseInt(value);
	}

	private static String emptyToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

}
