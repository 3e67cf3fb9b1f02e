package org.catchup.bulletin.excel;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Colours the bands as conditional formats (critical red, behind amber), so the colour
 * follows the value when a reader sorts or filters, and no extra cell styles are needed.
 */
final class BandFormatting {

	// ARGB with full alpha: Excel reads a 6-digit colour in a conditional format unreliably
	private static final byte[] RED = { (byte) 0xFF, (byte) 0xF4, (byte) 0xB6, (byte) 0xB0 };

	private static final byte[] AMBER = { (byte) 0xFF, (byte) 0xFF, (byte) 0xD9, (byte) 0x80 };

	private BandFormatting() {
	}

	/** Colours percent cells by value: below 90 red, below 100 amber; the text n/a stays plain. */
	static void byPercent(SheetTable table, int column) {
		if (table.lastRow() == 0) {
			return;
		}
		String cell = CellReference.convertNumToColString(column) + "2";
		apply(table, new int[] { column }, "AND(ISNUMBER(" + cell + ")," + cell + "<90)",
				"AND(ISNUMBER(" + cell + ")," + cell + "<100)");
	}

	/** Colours the given columns of a row by the band label in {@code bandColumn}. */
	static void byBand(SheetTable table, int bandColumn, int... columns) {
		if (table.lastRow() == 0) {
			return;
		}
		String band = "$" + CellReference.convertNumToColString(bandColumn) + "2";
		apply(table, columns, band + "=\"critical\"", band + "=\"behind\"");
	}

	private static void apply(SheetTable table, int[] columns, String criticalFormula, String behindFormula) {
		SheetConditionalFormatting formatting = table.sheet().getSheetConditionalFormatting();
		CellRangeAddress[] ranges = new CellRangeAddress[columns.length];
		for (int i = 0; i < columns.length; i++) {
			ranges[i] = new CellRangeAddress(1, table.lastRow(), columns[i], columns[i]);
		}
		// the critical rule comes first: Excel lets the earlier rule win where both match
		formatting.addConditionalFormatting(ranges, fill(formatting, criticalFormula, RED),
				fill(formatting, behindFormula, AMBER));
	}

	private static ConditionalFormattingRule fill(SheetConditionalFormatting formatting, String formula,
			byte[] rgb) {
		ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(formula);
		PatternFormatting pattern = rule.createPatternFormatting();
		pattern.setFillBackgroundColor(new XSSFColor(rgb));
		return rule;
	}

}
