package org.catchup.spreadsheet;

import java.io.InputStream;
import java.util.Arrays;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared string table, streamed into one character buffer plus end offsets: about the
 * size of the text itself, with no per-string objects (POI's usermodel builds a rich-text
 * object per entry). Phonetic runs (rPh) are not part of the visible text and are left out.
 */
final class XlsxSharedStrings {

	/** Excel's own limit for one cell. */
	static final int MAX_STRING_CHARS = 32_767;

	/** No genuine submission comes near these; they keep a crafted table from exhausting memory. */
	private static final int MAX_TOTAL_CHARS = 20_000_000;

	private static final int MAX_STRINGS = 4_000_000;

	private final StringBuilder text;

	private final int[] ends;

	private final int count;

	private XlsxSharedStrings(StringBuilder text, int[] ends, int count) {
		this.text = text;
		this.ends = ends;
		this.count = count;
	}

	static XlsxSharedStrings empty() {
		return new XlsxSharedStrings(new StringBuilder(), new int[0], 0);
	}

	static XlsxSharedStrings parse(SafeXml xml, InputStream in) throws XMLStreamException {
		StringBuilder all = new StringBuilder();
		int[] ends = new int[1024];
		int count = 0;
		XMLStreamReader reader = xml.open(in);
		try {
			while (reader.hasNext()) {
				if (SafeXml.next(reader) == XMLStreamConstants.START_ELEMENT && "si".equals(reader.getLocalName())) {
					if (count == MAX_STRINGS) {
						throw tooLarge();
					}
					appendItem(reader, all);
					if (all.length() > MAX_TOTAL_CHARS) {
						throw tooLarge();
					}
					if (count == ends.length) {
						ends = Arrays.copyOf(ends, ends.length * 2);
					}
					ends[count++] = all.length();
				}
			}
		}
		finally {
			reader.close();
		}
		return new XlsxSharedStrings(all, ends, count);
	}

	private static SafeXml.RefusedXml tooLarge() {
		return new SafeXml.RefusedXml("the shared string table is larger than any submission needs (more than "
				+ MAX_STRINGS + " strings or " + MAX_TOTAL_CHARS + " characters)");
	}

	/** The visible text of an {@code <si>} or {@code <is>}: its {@code <t>} runs, without phonetics. */
	static String stringItem(XMLStreamReader reader) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		appendItem(reader, text);
		return text.toString();
	}

	/** Appends {@link #stringItem} to {@code text}, as the table keeps it: no String of its own. */
	private static void appendItem(XMLStreamReader reader, StringBuilder text) throws XMLStreamException {
		int start = text.length();
		int depth = 1;
		while (depth > 0) {
			int event = SafeXml.next(reader);
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = reader.getLocalName();
				if ("t".equals(name)) {
					SafeXml.appendElementText(reader, SafeXml.next(reader), text, text.length(), MAX_STRING_CHARS);
					if (text.length() - start > MAX_STRING_CHARS) {
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
	}

	/** The string at {@code index}, or null when the table has no such entry. */
	String get(int index) {
		if (index < 0 || index >= count) {
			return null;
		}
		return text.substring(index == 0 ? 0 : ends[index - 1], ends[index]);
	}

	int size() {
		return count;
	}

}
