package org.catchup.bulletin.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The handful of cell styles the bulletin uses, created once per workbook: Excel caps a
 * workbook at 64,000 styles, and one style per cell would also bloat the file.
 */
final class CellStyles {

	final CellStyle header;

	final CellStyle text;

	/** Text that Excel would take for a formula if a user re-entered the cell. */
	final CellStyle formulaLikeText;

	final CellStyle percent;

	final CellStyle value;

	final CellStyle integer;

	final CellStyle points;

	final CellStyle dateTime;

	/** What a reader must see first (a preliminary month, a month without data): bold on amber, wrapped. */
	final CellStyle notice;

	CellStyles(Workbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		header = workbook.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setBorderBottom(BorderStyle.THIN);
		header.setWrapText(true);
		text = workbook.createCellStyle();
		formulaLikeText = workbook.createCellStyle();
		formulaLikeText.setQuotePrefixed(true);
		percent = numeric(workbook, "0.0");
		value = numeric(workbook, "#,##0.00");
		integer = numeric(workbook, "0");
		points = numeric(workbook, "+0.0;-0.0;0.0");
		dateTime = numeric(workbook, "yyyy-mm-dd hh:mm");
		notice = workbook.createCellStyle();
		notice.setFont(bold);
		notice.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
		notice.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		notice.setWrapText(true);
		notice.setVerticalAlignment(VerticalAlignment.TOP);
	}

	private static CellStyle numeric(Workbook workbook, String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

}
