package org.catchup.feedback;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.catchup.validation.Column;
import org.catchup.validation.Problem;
import org.catchup.validation.Severity;

/** The {@code Problems} sheet: one row per problem, frozen header, autofilter; everything as text. */
final class ProblemsSheetWriter {

	static final String SHEET_NAME = "Problems";

	static final List<String> HEADERS = List.of("Severity", "Code", "Sheet", "Cell", "Column", "Value", "Message");

	private static final int[] WIDTHS = { 11, 28, 16, 8, 18, 18, 90 };

	private static final int MAX_CELL_TEXT = 32_767;

	private final Workbook workbook;

	ProblemsSheetWriter(Workbook workbook) {
		this.workbook = workbook;
	}

	Sheet write(List<Problem> problems) {
		Sheet sheet = workbook.createSheet(freeName());
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row header = sheet.createRow(0);
		for (int i = 0; i < HEADERS.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(HEADERS.get(i));
			cell.setCellStyle(bold);
			sheet.setColumnWidth(i, WIDTHS[i] * 256);
		}
		int rowIndex = 1;
		for (Problem problem : problems) {
			Row row = sheet.createRow(rowIndex++);
			text(row, 0, problem.severity().name());
			text(row, 1, problem.code().name());
			text(row, 2, problem.sheet());
			text(row, 3, problem.cell());
			text(row, 4, problem.column());
			text(row, 5, problem.value());
			text(row, 6, problem.message());
		}
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, HEADERS.size() - 1));
		showFirst(sheet);
		return sheet;
	}

	/** Always setCellValue(String): a value like {@code =HYPERLINK(...)} stays inert text. */
	private static void text(Row row, int column, String value) {
		if (value != null) {
			row.createCell(column)
				.setCellValue(value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT) : value);
		}
	}

	private String freeName() {
		String name = SHEET_NAME;
		for (int n = 2; workbook.getSheet(name) != null; n++) {
			name = SHEET_NAME + " (" + n + ")";
		}
		return name;
	}

	/** The clerk opens the file on the list of what to fix. */
	private void showFirst(Sheet sheet) {
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			workbook.getSheetAt(i).setSelected(false);
		}
		int index = workbook.getSheetIndex(sheet);
		workbook.setActiveSheet(index);
		sheet.setSelected(true);
	}

}
