package org.catchup.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared string table, streamed into one character buffer plus end offsets: about the
 * size of the text itself, with no per-string objects (POI's usermodel builds a rich-text
 * object per entry). Phonetic runs (rPh) are not part of the visible text and are left out.
 * <p>
 * Read as far as the sheet needs it: Excel lists the strings in the order the cells first use
 * them, so a big file's rows start before the table's last string is read, and a check that
 * stops after the title block or a few thousand rows reads little of it. {@link #readToEnd()}
 * reads the rest, so that a table broken past the last string used still refuses the file.
 * A failure while reading it comes as {@link Broken}.
 */
final class XlsxSharedStrings implements AutoCloseable {

	/** Excel's own limit for one cell. */
	static final int MAX_STRING_CHARS = 32_767;

	/** No genuine submission comes near these; they keep a crafted table from exhausting memory. */
	private static final int MAX_TOTAL_CHARS = 20_000_000;

	private static final int MAX_STRINGS = 4_000_000;

	private final StringBuilder text = new StringBuilder();

	private int[] ends = new int[1024];

	private int count;

	/** The part's parser while some of it is unread; null once read to its end. */
	private XMLStreamReader reader;

	private InputStream in;

	private XlsxSharedStrings(XMLStreamReader reader, InputStream in) {
		this.reader = reader;
		this.in = in;
	}

	static XlsxSharedStrings empty() {
		return new XlsxSharedStrings(null, null);
	}

	/** The table in {@code in}, read on demand; {@link #close()} closes {@code in}. */
	static XlsxSharedStrings open(SafeXml xml, InputStream in) throws XMLStreamException {
		XlsxSharedStrings strings = new XlsxSharedStrings(xml.open(in), in);
		// the first entry now: a part that is no table at all is refused before any sheet is read
		strings.readUntil(0);
		return strings;
	}

	/** The string at {@code index}, or null when the table has no such entry. */
	String get(int index) {
		if (index < 0) {
			return null;
		}
		if (index >= count) {
			readUntil(index);
			if (index >= count) {
				return null;
			}
		}
		return text.substring(index == 0 ? 0 : ends[index - 1], ends[index]);
	}

	/** How many strings the table holds: it is read to its end first. */
	int size() {
		readToEnd();
		return count;
	}

	/** Reads what is left, refusing a table broken anywhere. */
	void readToEnd() {
		readUntil(Integer.MAX_VALUE - 1);
	}

	@Override
	public void close() {
		XMLStreamReader open = reader;
		reader = null;
		try {
			if (open != null) {
				open.close();
			}
			if (in != null) {
				in.close();
			}
		}
		catch (XMLStreamException | IOException ex) {
			// read-only: nothing is lost by a failed close
		}
		finally {
			in = null;
		}
	}

	/** Reads entries until there is one at {@code index} or the table ends. */
	private void readUntil(int index) {
		if (reader == null) {
			return;
		}
		try {
			while (count <= index) {
				if (!readNext()) {
					close();
					return;
				}
			}
		}
		catch (XMLStreamException | RuntimeException ex) {
			close();
			throw new Broken(ex);
		}
	}

	/** The next {@code <si>}; false at the end of the part. */
	private boolean readNext() throws XMLStreamException {
		while (reader.hasNext()) {
			if (SafeXml.next(reader) == XMLStreamConstants.START_ELEMENT && "si".equals(reader.getLocalName())) {
				if (count == MAX_STRINGS) {
					throw tooLarge();
				}
				appendItem(reader, text);
				if (text.length() > MAX_TOTAL_CHARS) {
					throw tooLarge();
				}
				if (count == ends.length) {
					ends = Arrays.copyOf(ends, ends.length * 2);
				}
				ends[count++] = text.length();
				return true;
			}
		}
		return false;
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

	/**
	 * The table could not be read as far as a cell needed it: reported as a failure of the shared
	 * strings part, as if the table had been read before the sheet.
	 */
	static final class Broken extends RuntimeException {

		Broken(Exception cause) {
			super(cause.getMessage(), cause, false, false);
		}

	}

}
