package org.catchup.bulletin.excel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.catchup.figures.Fulfilment;
import org.catchup.figures.ShownPercent;

/**
 * One sheet laid out as a table: a frozen, filtered header row and typed cells below it.
 * Every cell is written through one of the typed methods so that numbers are numbers and
 * submitted text is always a string cell, never a formula.
 */
final class SheetTable {

	/** What an undefined fulfilment shows, as in the PDF (SPEC §6). */
	static final String NOT_AVAILABLE = "n/a";

	private final SXSSFSheet sheet;

	private final CellStyles styles;

	private final int columns;

	private Row row;

	private int column;

	SheetTable(SXSSFSheet sheet, CellStyles styles, List<Column> header) {
		this.sheet = sheet;
		this.styles = styles;
		this.columns = header.size();
		Row first = sheet.createRow(0);
		// room for two lines: long headers wrap instead of widening their number columns
		first.setHeightInPoints(30);
		for (int i = 0; i < header.size(); i++) {
			Cell cell = first.createCell(i);
			cell.setCellValue(header.get(i).title());
			cell.setCellStyle(styles.header);
			// SXSSF cannot autosize without tracking every cell; widths are chosen per column instead
			sheet.setColumnWidth(i, header.get(i).width() * 256);
		}
		sheet.createFreezePane(0, 1);
	}

	SXSSFSheet sheet() {
		return sheet;
	}

	/** Row index (0-based) of the last row written; 0 while only the header exists. */
	int lastRow() {
		return row == null ? 0 : row.getRowNum();
	}

	SheetTable row() {
		row = sheet.createRow(lastRow() + 1);
		column = 0;
		return this;
	}

	SheetTable text(String value) {
		Cell cell = next();
		if (value != null) {
			// setCellValue(String) always makes a string cell: "=HYPERLINK(...)" stays text; the
			// quote prefix keeps it text even when someone edits the cell in Excel later
			cell.setCellValue(value);
			cell.setCellStyle(looksLikeFormula(value) ? styles.formulaLikeText : styles.text);
		}
		return this;
	}

	/**
	 * A comment on the first header cell: says something about the whole sheet without adding
	 * a row or changing a header, so a script reads the sheet as always.
	 */
	void noteOnHeader(String note) {
		Cell first = sheet.getRow(0).getCell(0);
		ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
		anchor.setCol1(0);
		anchor.setCol2(6);
		anchor.setRow1(0);
		anchor.setRow2(6);
		Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
		comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(note));
		comment.setAuthor("Catch-Up");
		first.setCellComment(comment);
	}

	/** A sentence a reader must see first, in the notice style, its row tall enough for the wrapped lines. */
	SheetTable notice(String value, int charactersPerLine) {
		text(value);
		row.getCell(column - 1).setCellStyle(styles.notice);
		row.setHeightInPoints(15f * Math.max(1, (value.length() + charactersPerLine - 1) / charactersPerLine));
		return this;
	}

	/**
	 * The exact percentage as a number (81.9, not 0.819), displayed as every bulletin shows it:
	 * one decimal, two where one would round it up to a line (SPEC §6); the text n/a when undefined.
	 */
	SheetTable percent(Fulfilment fulfilment) {
		BigDecimal exact = fulfilment == null ? null : fulfilment.percent();
		if (fulfilment != null && exact == null) {
			return text(NOT_AVAILABLE);
		}
		return percent(exact);
	}

	/** A plain number already in percent, kept exact and displayed like a fulfilment; blank when null. */
	SheetTable percent(BigDecimal percent) {
		return number(percent, styles.percent(ShownPercent.decimals(percent)));
	}

	/** Percentage points, rounded half up to one decimal; blank when unknown. */
	SheetTable points(BigDecimal points) {
		return number(points == null ? null : points.setScale(1, RoundingMode.HALF_UP), styles.points);
	}

	SheetTable value(BigDecimal value) {
		return number(value, styles.value);
	}

	SheetTable integer(Integer value) {
		return number(value == null ? null : BigDecimal.valueOf(value), styles.integer);
	}

	SheetTable dateTime(LocalDateTime value) {
		Cell cell = next();
		if (value != null) {
			cell.setCellValue(value);
			cell.setCellStyle(styles.dateTime);
		}
		return this;
	}

	/** The month's first day as a date, shown as its month's name in {@code locale}'s language. */
	SheetTable month(YearMonth value, Locale locale) {
		Cell cell = next();
		cell.setCellValue(value.atDay(1));
		cell.setCellStyle(styles.month(locale));
		return this;
	}

	SheetTable blank() {
		next();
		return this;
	}

	/** Adds the autofilter over the header and every written row. */
	void finish() {
		sheet.setAutoFilter(new CellRangeAddress(0, lastRow(), 0, columns - 1));
	}

	private SheetTable number(BigDecimal value, CellStyle style) {
		Cell cell = next();
		if (value != null) {
			cell.setCellValue(value.doubleValue());
			cell.setCellStyle(style);
		}
		return this;
	}

	private static boolean looksLikeFormula(String value) {
		return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
	}

	private Cell next() {
		return row.createCell(column++);
	}

	record Column(String title, int width) {
	}

}
