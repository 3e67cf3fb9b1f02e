package org.catchup.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Streams .xlsx/.xlsm: the package is opened read-only through POI (whose ZipSecureFile
 * guards against zip bombs), and every part is parsed with the hardened Aalto parser.
 * Macros are never touched.
 */
final class XlsxReader {

	private final SafeXml xml = new SafeXml();

	void read(Path file, String fileName, SheetVisitor visitor) throws SpreadsheetException {
		String part = "workbook structure";
		XlsxSheetParser sheetParser = null;
		OPCPackage pkg = null;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
			XSSFReader reader = new XSSFReader(pkg, true);
			XlsxWorkbookPart workbook;
			try (InputStream in = reader.getWorkbookData()) {
				workbook = XlsxWorkbookPart.parse(xml, in);
			}
			part = "shared strings";
			XlsxSharedStrings strings = sharedStrings(reader);
			part = "cell styles";
			XlsxCellValues values = new XlsxCellValues(strings, dateStyles(reader), workbook.date1904());
			for (XlsxWorkbookPart.Sheet sheet : workbook.sheets()) {
				if (sheet.hidden()) {
					continue;
				}
				part = "sheet '" + sheet.name() + "'";
				sheetParser = new XlsxSheetParser(xml, values);
				if (!visitor.startSheet(sheet.name())) {
					continue;
				}
				try (InputStream in = reader.getSheet(sheet.relationId())) {
					sheetParser.parse(in, visitor);
				}
				sheetParser = null;
				if (!visitor.endSheet()) {
					return;
				}
			}
		}
		catch (VisitorFailure e) {
			throw e;
		}
		catch (SafeXml.RefusedXml e) {
			throw Unreadable.of(fileName, where(part, sheetParser) + e.getMessage(), e);
		}
		catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
			throw Unreadable.of(fileName, where(part, sheetParser) + Unreadable.describe(e), e);
		}
		finally {
			if (pkg != null) {
				pkg.revert();
			}
		}
	}

	private XlsxSharedStrings sharedStrings(XSSFReader reader)
			throws IOException, OpenXML4JException, XMLStreamException {
		InputStream data;
		try {
			data = reader.getSharedStringsData();
		}
		catch (IllegalArgumentException e) {
			// a workbook without any text has no shared strings part (POI: "no part found")
			return XlsxSharedStrings.empty();
		}
		if (data == null) {
			return XlsxSharedStrings.empty();
		}
		try (InputStream in = data) {
			return XlsxSharedStrings.parse(xml, in);
		}
	}

	private XlsxDateStyles dateStyles(XSSFReader reader) throws IOException, OpenXML4JException, XMLStreamException {
		InputStream data;
		try {
			data = reader.getStylesData();
		}
		catch (IllegalArgumentException e) {
			return XlsxDateStyles.none();
		}
		if (data == null) {
			return XlsxDateStyles.none();
		}
		try (InputStream in = data) {
			return XlsxDateStyles.parse(xml, in);
		}
	}

	private static String where(String part, XlsxSheetParser sheetParser) {
		String position = sheetParser == null ? "" : sheetParser.position();
		return part + (position.isEmpty() ? "" : ", " + position) + ": ";
	}

}
