package org.catchup.spreadsheet;

import javax.xml.stream.XMLStreamReader;

/** The OpenDocument namespaces and attribute look-ups the .ods reader and the marked copy share. */
final class Odf {

	static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

	static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

	static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

	static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

	static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

	static final String DC = "http://purl.org/dc/elements/1.1/";

	/** LibreOffice's own extension: it marks error results ({@code #DIV/0!}) as {@code error}. */
	static final String CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

	private Odf() {
	}

	static boolean is(XMLStreamReader reader, String namespace, String localName) {
		return localName.equals(reader.getLocalName()) && namespace.equals(reader.getNamespaceURI());
	}

	static String attribute(XMLStreamReader reader, String namespace, String localName) {
		return reader.getAttributeValue(namespace, localName);
	}

	/** A repeat count (rows or columns): 1 when absent; anything but a positive whole number is refused. */
	static long repeat(XMLStreamReader reader, String localName) throws SafeXml.RefusedXml {
		return repeat(attribute(reader, TABLE, localName), localName);
	}

	static long repeat(String value, String localName) throws SafeXml.RefusedXml {
		if (value == null) {
			return 1;
		}
		try {
			long count = Long.parseLong(value.trim());
			if (count >= 1) {
				return count;
			}
		}
		catch (NumberFormatException e) {
			// refused below
		}
		throw new SafeXml.RefusedXml(localName + " '" + (value.length() > 20 ? value.substring(0, 20) + "..." : value)
				+ "' is not a positive whole number");
	}

}
