package org.catchup.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The package opened read-only through POI, whose ZipSecureFile guards against zip bombs and
 * whose package model checks the whole structure (content types, every relationship, the core
 * properties): the way a check opens a workbook.
 */
final class PoiXlsxParts implements XlsxParts {

	private final OPCPackage pkg;

	private final XSSFReader reader;

	PoiXlsxParts(Path file) throws IOException, OpenXML4JException {
		OPCPackage opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
		try {
			this.reader = new XSSFReader(opened, true);
		}
		catch (IOException | OpenXML4JException | RuntimeException e) {
			opened.revert();
			throw e;
		}
		this.pkg = opened;
	}

	@Override
	public InputStream workbook() throws IOException, OpenXML4JException {
		return reader.getWorkbookData();
	}

	@Override
	public InputStream sharedStrings() throws IOException, OpenXML4JException {
		// a workbook without any text has no shared strings part; asking POI for it would log a warning
		return hasPart(XSSFRelation.SHARED_STRINGS) ? reader.getSharedStringsData() : null;
	}

	@Override
	public InputStream styles() throws IOException, OpenXML4JException {
		return hasPart(XSSFRelation.STYLES) ? reader.getStylesData() : null;
	}

	@Override
	public InputStream sheet(String relationId) throws IOException, OpenXML4JException {
		return reader.getSheet(relationId);
	}

	@Override
	public void close() {
		pkg.revert();
	}

	private boolean hasPart(XSSFRelation relation) {
		return !pkg.getPartsByContentType(relation.getContentType()).isEmpty();
	}

}
