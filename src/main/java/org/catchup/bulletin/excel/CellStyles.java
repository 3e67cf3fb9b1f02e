package org.catchup.bulletin.excel;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

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

	private final Workbook workbook;

	/** Windows language ids of the month format (en-US, de-DE). */
	private static final Map<String, String> LANGUAGE_IDS = Map.of("en", "409", "de", "407");

	private final Map<String, CellStyle> months = new HashMap<>();

	/** Percent formats with more than one decimal, made when a value first needs one. */
	private final Map<Integer, CellStyle> percentWithDecimals = new HashMap<>();
	/** What a reader must see first (a preliminary month, a month without data): bold on amber, wrapped. */
	final CellStyle notice;

	CellStyles(Workbook workbook) {
		this.workbook = workbook;
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

	/**
	 * "September 1959" in the language of {@code locale}: a format that names its language
	 * ({@code [$-407]} German, {@code [$-409]} English), which Excel and LibreOffice honour whatever
	 * their own language; without a known language id the spreadsheet's own applies.
	 */
	CellStyle month(Locale locale) {
		String id = LANGUAGE_IDS.get(locale.getLanguage());
		return months.computeIfAbsent(locale.getLanguage(),
				language -> numeric(workbook, (id == null ? "" : "[$-" + id + "]") + "mmmm yyyy"));
	}

	/** "0.0", or "0.00" (rarely more) for a percentage shown with more decimals (SPEC §6). */
	CellStyle percent(int decimals) {
		if (decimals <= 1) {
			return percent;
		}
		return percentWithDecimals.computeIfAbsent(decimals, d -> numeric(workbook, "0." + "0".repeat(d)));
	}

	private static CellStyle numeric(Workbook workbook, String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

}
