package org.catchup.spreadsheet;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;

/**
 * Where an .xlsx package keeps the parts a reader streams: the workbook, its shared strings and
 * styles (null when the package has none), and its sheets by relation id. Closing it lets go of
 * the package.
 */
interface XlsxParts extends AutoCloseable {

	InputStream workbook() throws IOException, OpenXML4JException, XMLStreamException;

	InputStream sharedStrings() throws IOException, OpenXML4JException, XMLStreamException;

	InputStream styles() throws IOException, OpenXML4JException, XMLStreamException;

	InputStream sheet(String relationId) throws IOException, OpenXML4JException, XMLStreamException;

	@Override
	void close();

}
