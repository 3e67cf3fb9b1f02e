package org.catchup.bulletin.excel;

import org.apache.poi.hssf.usermodel.HeaderFooter;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.catchup.i18n.Texts;

/**
 * How every sheet of the Excel bulletin prints: A4 landscape, scaled to one page wide (as many
 * pages tall as it needs), the header row repeated on every page, and a footer naming the month,
 * the sheet and the page. Without it a wide sheet such as the Ranking printed its columns across
 * several sheets of paper.
 */
final class PrintLayout {

	private PrintLayout() {
	}

	/** Applies the layout to every sheet of {@code workbook}; {@code month} is the footer's month as written. */
	static void apply(Workbook workbook, String month, Texts texts) {
		for (Sheet sheet : workbook) {
			apply(sheet, month, texts);
		}
	}

	private static void apply(Sheet sheet, String month, Texts texts) {
		sheet.setFitToPage(true);
		PrintSetup setup = sheet.getPrintSetup();
		setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
		setup.setLandscape(true);
		setup.setFitWidth((short) 1);
		// 0: as many pages tall as the rows need
		setup.setFitHeight((short) 0);
		sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
		Footer footer = sheet.getFooter();
		footer.setLeft(escaped(month));
		footer.setCenter(escaped(sheet.getSheetName()));
		// the field codes (&P, &N) are the same in .xls and .xlsx; POI defines them once, in its hssf package
		footer.setRight(texts.get("excel.footer.page", HeaderFooter.page(), HeaderFooter.numPages()));
	}

	/** A literal text in a header or footer: {@code &} starts a field code there, {@code &&} is an ampersand. */
	private static String escaped(String text) {
		return text.replace("&", "&&");
	}

}
