package org.catchup.spreadsheet;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared string table, streamed into plain Strings: about the size of the text itself,
 * rather than the rich-text objects POI's usermodel would build. Phonetic runs (rPh) are not
 * part of the visible text and are left out.
 */
final class XlsxSharedStrings {

	/** Excel's own limit for one cell. */
	static final int MAX_STRING_CHARS = 32_767;

	/** No genuine submission comes near this; it keeps a crafted table from exhausting memory. */
	private static final long MAX_TOTAL_CHARS = 40_000_000L;

	private final List<String> strings;

	private XlsxSharedStrings(List<String> strings) {
		this.strings = strings;
	}

	static XlsxSharedStrings empty() {
		return new XlsxSharedStrings(List.of());
	}

	static XlsxSharedStrings parse(SafeXml xml, InputStream in) throws XMLStreamException {
		List<String> strings = new ArrayList<>();
		long totalChars = 0;
		XMLStreamReader reader = xml.open(in);
		try {
			while (reader.hasNext()) {
				if (SafeXml.next(reader) == XMLStreamConstants.START_ELEMENT && "si".equals(reader.getLocalName())) {
					String text = stringItem(reader);
					totalChars += text.length();
					if (totalChars > MAX_TOTAL_CHARS) {
						throw new SafeXml.RefusedXml("the shared string table holds more than " + MAX_TOTAL_CHARS
								+ " characters");
					}
					strings.add(text);
				}
			}
		}
		finally {
			reader.close();
		}
		return new XlsxSharedStrings(strings);
	}

	/** The visible text of an {@code <si>} or {@code <is>}: its {@code <t>} runs, without phonetics. */
	static String stringItem(XMLStreamReader reader) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int depth = 1;
		while (depth > 0) {
			int event = SafeXml.next(reader);
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = reader.getLocalName();
				if ("t".equals(name)) {
					text.append(SafeXml.elementText(reader, MAX_STRING_CHARS));
					if (text.length() > MAX_STRING_CHARS) {
						throw new SafeXml.RefusedXml("a text is longer than " + MAX_STRING_CHARS + " characters");
					}
				}
				else if ("rPh".equals(name)) {
					SafeXml.skipElement(reader);
				}
				else {
					depth++;
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.END_DOCUMENT) {
				throw new SafeXml.RefusedXml("ends in the middle of a string");
			}
		}
		return text.toString();
	}

	/** The string at {@code index}, or null when the table has no such entry. */
	String get(int index) {
		return index >= 0 && index < strings.size() ? strings.get(index) : null;
	}

	int size() {
		return strings.size();
	}

}
