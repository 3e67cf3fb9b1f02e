package org.catchup.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsReadingTest {

	private final AnyWorkbookReader reader = new AnyWorkbookReader(50L * 1024 * 1024);

	@TempDir
	Path dir;

	@Test
	void deliversEveryKindOfCellByItsStoredValue() throws Exception {
		RecordingVisitor visitor = read(Fixtures.write(XlsxReadingTest.typedWorkbook(new HSSFWorkbook()),
				dir.resolve("m.xls")));

		assertThat(visitor.sheets).containsOnlyKeys("Report");
		assertThat(visitor.cell("Report", 0, 0)).isEqualTo(new SheetCell(0, CellKind.TEXT, "Enterprise code", 0, false));
		assertThat(visitor.cell("Report", 2, 0)).isEqualTo(new SheetCell(0, CellKind.NUMBER, "81.9", 81.9, false));
		double serial = DateUtil.getExcelDate(LocalDate.of(1959, 8, 1));
		assertThat(visitor.cell("Report", 2, 1)).isEqualTo(new SheetCell(1, CellKind.DATE, "21763", serial, false));
		assertThat(visitor.cell("Report", 2, 2)).isEqualTo(new SheetCell(2, CellKind.BOOLEAN, "TRUE", 1, false));
		assertThat(visitor.cell("Report", 2, 3)).isEqualTo(new SheetCell(3, CellKind.ERROR, "#DIV/0!", 0, false));
		assertThat(visitor.cell("Report", 2, 4)).isEqualTo(new SheetCell(4, CellKind.NUMBER, "163.8", 163.8, true));
		assertThat(visitor.cell("Report", 2, 5)).isEqualTo(new SheetCell(5, CellKind.TEXT, "ab", 0, true));
		assertThat(visitor.cell("Report", 2, 6)).isEqualTo(new SheetCell(6, CellKind.NUMBER, "1234", 1234, false));
		assertThat(visitor.cell("Report", 2, 7).text()).isEqualTo("0.3");
		assertThat(visitor.cell("Report", 2, 8)).isEqualTo(new SheetCell(8, CellKind.ERROR, "#DIV/0!", 0, true));
	}

	@Test
	void hiddenSheetsAreSkippedAndBlankStyledCellsIgnored() throws Exception {
		HSSFWorkbook workbook = new HSSFWorkbook();
		for (String name : List.of("Cover", "Secret", "Report", "Deep")) {
			Sheet sheet = workbook.createSheet(name);
			sheet.createRow(0).createCell(0).setCellValue(name);
			sheet.createRow(1).createCell(2).setCellStyle(workbook.createCellStyle());
		}
		workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
		workbook.setSheetVisibility(3, SheetVisibility.VERY_HIDDEN);
		RecordingVisitor visitor = read(Fixtures.write(workbook, dir.resolve("hidden.xls")));

		assertThat(visitor.events).containsExactly("start Cover", "end", "start Report", "end");
		assertThat(visitor.rows("Report")).extracting(SheetRow::rowIndex).containsExactly(0);
	}

	@Test
	void visitorCanStopASheetAndTheWorkbook() throws Exception {
		HSSFWorkbook workbook = new HSSFWorkbook();
		for (String name : List.of("One", "Two")) {
			Sheet sheet = workbook.createSheet(name);
			for (int r = 0; r < 10; r++) {
				sheet.createRow(r).createCell(0).setCellValue(r);
			}
		}
		Path file = Fixtures.write(workbook, dir.resolve("two.xls"));

		RecordingVisitor threeRows = new RecordingVisitor(3, false);
		reader.read(file, "two.xls", threeRows);
		assertThat(threeRows.rows("One")).hasSize(3);
		assertThat(threeRows.rows("Two")).hasSize(3);

		RecordingVisitor firstSheet = new RecordingVisitor(Integer.MAX_VALUE, true);
		reader.read(file, "two.xls", firstSheet);
		assertThat(firstSheet.events).containsExactly("start One", "end");
	}

	private RecordingVisitor read(Path file) throws SpreadsheetException {
		RecordingVisitor visitor = new RecordingVisitor();
		reader.read(file, file.getFileName().toString(), visitor);
		return visitor;
	}

}
