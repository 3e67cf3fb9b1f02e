package org.catchup.spreadsheet;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** What xl/workbook.xml says: the sheets in tab order, which are hidden, and the date system. */
record XlsxWorkbookPart(List<Sheet> sheets, boolean date1904) {

	record Sheet(String name, String relationId, boolean hidden) {
	}

	static XlsxWorkbookPart parse(SafeXml xml, InputStream in) throws XMLStreamException {
		List<Sheet> sheets = new ArrayList<>();
		boolean date1904 = false;
		XMLStreamReader reader = xml.open(in);
		try {
			while (reader.hasNext()) {
				if (SafeXml.next(reader) != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				switch (reader.getLocalName()) {
					case "workbookPr" -> date1904 = isTrue(SafeXml.attribute(reader, "date1904"));
					case "sheet" -> {
						String state = SafeXml.attribute(reader, "state");
						boolean hidden = "hidden".equals(state) || "veryHidden".equals(state);
						String name = SafeXml.attribute(reader, "name");
						// Excel always names sheets; a generator that did not gets Excel's default name
						sheets.add(new Sheet(name != null ? name : "Sheet" + (sheets.size() + 1),
								SafeXml.attribute(reader, "id"), hidden));
					}
					default -> {
						// defined names, views, calc settings: nothing a reader needs
					}
				}
			}
		}
		finally {
			reader.close();
		}
		return new XlsxWorkbookPart(List.copyOf(sheets), date1904);
	}

	private static boolean isTrue(String value) {
		return "1".equals(value) || "true".equals(value);
	}

}
