package org.catchup.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Streams .ods (OpenDocument spreadsheet): the package is opened through POI's ZipSecureFile, the
 * same zip-bomb guard (expansion ratio, entry size) as .xlsx, and content.xml is parsed with the
 * hardened Aalto parser (no DOCTYPE, no entities) one row at a time, so memory stays flat however
 * long the sheet. The document libraries that read .ods whole hold every cell as objects; see
 * {@code src/site/markdown/performance.md} for the figures that decided this.
 */
final class OdsReader {

	static final String MANIFEST = "META-INF/manifest.xml";

	static final String CONTENT = "content.xml";

	private final SafeXml xml = new SafeXml();

	void read(Path file, String fileName, SheetVisitor visitor) throws SpreadsheetException {
		OdsContentParser parser = null;
		String part = "package";
		try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
			ZipArchiveEntry manifest = zip.getEntry(MANIFEST);
			if (manifest != null) {
				part = "manifest";
				try (InputStream in = zip.getInputStream(manifest)) {
					if (isEncrypted(in)) {
						throw FormatSniffer.encrypted(fileName, null);
					}
				}
			}
			ZipArchiveEntry content = zip.getEntry(CONTENT);
			if (content == null) {
				throw Unreadable.of(fileName, "the file is damaged (it has no " + CONTENT + ")");
			}
			part = "content";
			parser = new OdsContentParser(xml);
			try (InputStream in = zip.getInputStream(content)) {
				parser.parse(in, visitor);
			}
		}
		catch (VisitorFailure e) {
			throw e;
		}
		catch (SafeXml.RefusedXml e) {
			throw Unreadable.of(fileName, where(part, parser) + e.getMessage(), e);
		}
		catch (IOException | XMLStreamException | RuntimeException e) {
			throw Unreadable.of(fileName, where(part, parser) + Unreadable.describe(e), e);
		}
	}

	/** A password-protected document lists encryption data for its parts in the manifest. */
	private boolean isEncrypted(InputStream manifest) throws XMLStreamException {
		XMLStreamReader reader = xml.open(manifest);
		try {
			while (reader.hasNext()) {
				if (SafeXml.next(reader) == XMLStreamConstants.START_ELEMENT
						&& "encryption-data".equals(reader.getLocalName())) {
					return true;
				}
			}
			return false;
		}
		finally {
			reader.close();
		}
	}

	private static String where(String part, OdsContentParser parser) {
		String position = parser == null ? "" : parser.position();
		return (position.isEmpty() ? part : position) + ": ";
	}

}
