package org.catchup.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;

/**
 * Streams .xlsx/.xlsm: the package is opened read-only through POI (whose ZipSecureFile
 * guards against zip bombs), and every part is parsed with the hardened Aalto parser.
 * Macros are never touched. A glance at the first rows finds its parts straight in the zip
 * ({@link ZipXlsxParts}) and reads them the same way.
 */
final class XlsxReader {

	private final SafeXml xml = new SafeXml();

	void read(Path file, String fileName, SheetVisitor visitor) throws SpreadsheetException {
		read(() -> new PoiXlsxParts(file), fileName, visitor);
	}

	/**
	 * As {@link #read}, for a visitor that stops after the first rows, with the package's parts
	 * found in the zip without POI's package model. Refuses a package it would have to guess at
	 * ({@link ZipXlsxParts.Unusual}, as an unreadable file): a caller that must know reads it again
	 * with {@link #read}.
	 */
	void glance(Path file, String fileName, SheetVisitor visitor) throws SpreadsheetException {
		read(() -> new ZipXlsxParts(xml, file), fileName, visitor);
	}

	private interface Opener {

		XlsxParts open() throws IOException, OpenXML4JException, XMLStreamException;

	}

	private void read(Opener opener, String fileName, SheetVisitor visitor) throws SpreadsheetException {
		String part = "workbook structure";
		XlsxSheetParser sheetParser = null;
		XlsxParts parts = null;
		XlsxSharedStrings strings = null;
		try {
			parts = opener.open();
			XlsxWorkbookPart workbook;
			try (InputStream in = parts.workbook()) {
				workbook = XlsxWorkbookPart.parse(xml, in);
			}
			part = "shared strings";
			strings = sharedStrings(parts);
			part = "cell styles";
			XlsxCellValues values = new XlsxCellValues(strings, dateStyles(parts), workbook.date1904());
			for (XlsxWorkbookPart.Sheet sheet : workbook.sheets()) {
				if (sheet.hidden()) {
					continue;
				}
				part = "sheet '" + sheet.name() + "'";
				sheetParser = new XlsxSheetParser(xml, values);
				if (!visitor.startSheet(sheet.name())) {
					continue;
				}
				try (InputStream in = parts.sheet(sheet.relationId())) {
					sheetParser.parse(in, visitor);
				}
				sheetParser = null;
				if (!visitor.endSheet()) {
					break;
				}
			}
			// the strings no cell asked for: a file with a broken table is refused, however far it was read
			if (visitor.readsWholeWorkbook()) {
				strings.readToEnd();
			}
		}
		catch (VisitorFailure e) {
			throw e;
		}
		catch (XlsxSharedStrings.Broken e) {
			throw sharedStringsFailure(fileName, e.getCause());
		}
		catch (SafeXml.RefusedXml e) {
			throw Unreadable.of(fileName, where(part, sheetParser) + e.getMessage(), e);
		}
		catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
			throw Unreadable.of(fileName, where(part, sheetParser) + Unreadable.describe(e), e);
		}
		finally {
			if (strings != null) {
				strings.close();
			}
			if (parts != null) {
				parts.close();
			}
		}
	}

	/** As a failure of the shared strings part, wherever in the sheet it came to light. */
	private static SpreadsheetException sharedStringsFailure(String fileName, Throwable cause) {
		String detail = cause instanceof SafeXml.RefusedXml ? cause.getMessage() : Unreadable.describe(cause);
		return Unreadable.of(fileName, where("shared strings", null) + detail, cause);
	}

	/** The table, read as the sheet needs it ({@link XlsxSharedStrings}); closed by the caller. */
	private XlsxSharedStrings sharedStrings(XlsxParts parts)
			throws IOException, OpenXML4JException, XMLStreamException {
		InputStream in = parts.sharedStrings();
		if (in == null) {
			return XlsxSharedStrings.empty();
		}
		try {
			return XlsxSharedStrings.open(xml, in);
		}
		catch (XMLStreamException | RuntimeException e) {
			in.close();
			throw e;
		}
	}

	private XlsxDateStyles dateStyles(XlsxParts parts) throws IOException, OpenXML4JException, XMLStreamException {
		try (InputStream in = parts.styles()) {
			return in == null ? XlsxDateStyles.none() : XlsxDateStyles.parse(xml, in);
		}
	}

	private static String where(String part, XlsxSheetParser sheetParser) {
		String position = sheetParser == null ? "" : sheetParser.position();
		return part + (position.isEmpty() ? "" : ", " + position) + ": ";
	}

}
