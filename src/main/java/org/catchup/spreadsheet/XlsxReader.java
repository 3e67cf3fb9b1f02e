package org.catchup.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;

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
		XlsxSharedStrings strings = null;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
			XSSFReader reader = new XSSFReader(pkg, true);
			XlsxWorkbookPart workbook;
			try (InputStream in = reader.getWorkbookData()) {
				workbook = XlsxWorkbookPart.parse(xml, in);
			}
			part = "shared strings";
			strings = sharedStrings(pkg, reader);
			part = "cell styles";
			XlsxCellValues values = new XlsxCellValues(strings, dateStyles(pkg, reader), workbook.date1904());
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
			if (pkg != null) {
				pkg.revert();
			}
		}
	}

	/** As a failure of the shared strings part, wherever in the sheet it came to light. */
	private static SpreadsheetException sharedStringsFailure(String fileName, Throwable cause) {
		String detail = cause instanceof SafeXml.RefusedXml ? cause.getMessage() : Unreadable.describe(cause);
		return Unreadable.of(fileName, where("shared strings", null) + detail, cause);
	}

	/** The table, read as the sheet needs it ({@link XlsxSharedStrings}); closed by the caller. */
	private XlsxSharedStrings sharedStrings(OPCPackage pkg, XSSFReader reader)
			throws IOException, OpenXML4JException, XMLStreamException {
		// a workbook without any text has no shared strings part; asking POI for it would log a warning
		if (!hasPart(pkg, XSSFRelation.SHARED_STRINGS)) {
			return XlsxSharedStrings.empty();
		}
		InputStream in = reader.getSharedStringsData();
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

	private XlsxDateStyles dateStyles(OPCPackage pkg, XSSFReader reader)
			throws IOException, OpenXML4JException, XMLStreamException {
		if (!hasPart(pkg, XSSFRelation.STYLES)) {
			return XlsxDateStyles.none();
		}
		try (InputStream in = reader.getStylesData()) {
			return in == null ? XlsxDateStyles.none() : XlsxDateStyles.parse(xml, in);
		}
	}

	private static boolean hasPart(OPCPackage pkg, XSSFRelation relation) {
		return !pkg.getPartsByContentType(relation.getContentType()).isEmpty();
	}

	private static String where(String part, XlsxSheetParser sheetParser) {
		String position = sheetParser == null ? "" : sheetParser.position();
		return part + (position.isEmpty() ? "" : ", " + position) + ": ";
	}

}
