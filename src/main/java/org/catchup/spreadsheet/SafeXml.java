package org.catchup.spreadsheet;

import java.io.InputStream;

import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;

/**
 * Aalto StAX parsing hardened for uploaded files: no DTDs, no external entities, and a cap
 * on how much text one element may hold. Workbook XML never needs a DOCTYPE, so one is
 * refused outright rather than parsed (billion laughs, XXE).
 */
final class SafeXml {

	private final XMLInputFactory factory;

	SafeXml() {
		factory = new InputFactoryImpl();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
	}

	XMLStreamReader open(InputStream in) throws XMLStreamException {
		return factory.createXMLStreamReader(in);
	}

	/** The same hardened parser as events, for rewriting a part; the caller refuses DTD events. */
	XMLEventReader openEvents(InputStream in) throws XMLStreamException {
		return factory.createXMLEventReader(in);
	}

	/** The next event, refusing DTDs and entity references. */
	static int next(XMLStreamReader reader) throws XMLStreamException {
		int event = reader.next();
		if (event == XMLStreamConstants.DTD) {
			throw new RefusedXml("contains a DOCTYPE, refused");
		}
		if (event == XMLStreamConstants.ENTITY_REFERENCE) {
			throw new RefusedXml("contains an entity reference, refused");
		}
		return event;
	}

	/**
	 * The text content of the current element, up to its end tag; nested elements are skipped
	 * except for their text. Stops with {@link RefusedXml} past {@code maxChars}.
	 */
	static String elementText(XMLStreamReader reader, int maxChars) throws XMLStreamException {
		int event = next(reader);
		if (event == XMLStreamConstants.CHARACTERS && reader.getTextLength() <= maxChars) {
			// a cell's value is one piece of text and the end tag: take it without a builder
			String text = reader.getText();
			event = next(reader);
			if (event == XMLStreamConstants.END_ELEMENT) {
				return text;
			}
			StringBuilder more = new StringBuilder(text);
			appendElementText(reader, event, more, 0, maxChars);
			return more.toString();
		}
		StringBuilder text = new StringBuilder();
		appendElementText(reader, event, text, 0, maxChars);
		return text.toString();
	}

	/**
	 * Appends the text content of the current element to {@code text}, from {@code event} (the
	 * element's first, already read) to its end tag; refuses more than {@code maxChars} from
	 * {@code start}, where the element's text begins in {@code text}.
	 */
	static void appendElementText(XMLStreamReader reader, int event, StringBuilder text, int start, int maxChars)
			throws XMLStreamException {
		int depth = 1;
		while (true) {
			switch (event) {
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					if (text.length() - start + reader.getTextLength() > maxChars) {
						throw new RefusedXml("a value is longer than " + maxChars + " characters");
					}
					text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
				}
				case XMLStreamConstants.START_ELEMENT -> depth++;
				case XMLStreamConstants.END_ELEMENT -> depth--;
				case XMLStreamConstants.END_DOCUMENT -> throw new RefusedXml("ends in the middle of an element");
				default -> {
					// comments and processing instructions carry no cell content
				}
			}
			if (depth == 0) {
				return;
			}
			event = next(reader);
		}
	}

	/** Skips the current element and everything inside it. */
	static void skipElement(XMLStreamReader reader) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = next(reader);
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.END_DOCUMENT) {
				throw new RefusedXml("ends in the middle of an element");
			}
		}
	}

	/** An attribute by local name, whatever its namespace (OOXML strict and transitional differ). */
	static String attribute(XMLStreamReader reader, String localName) {
		for (int i = 0; i < reader.getAttributeCount(); i++) {
			if (localName.equals(reader.getAttributeLocalName(i))) {
				return reader.getAttributeValue(i);
			}
		}
		return null;
	}

	/** XML content a workbook must never contain; the message is meant for the clerk. */
	static final class RefusedXml extends XMLStreamException {

		RefusedXml(String message) {
			super(message);
		}

	}

}
