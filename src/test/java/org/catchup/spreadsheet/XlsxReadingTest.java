package org.catchup.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.catchup.spreadsheet.SpreadsheetException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReadingTest {

	private final AnyWorkbookReader reader = new AnyWorkbookReader(50L * 1024 * 1024);

	@TempDir
	Path dir;

	@Test
	void deliversEveryKindOfCellWithExcelsGeneralText() throws Exception {
		RecordingVisitor visitor = read(Fixtures.write(typedWorkbook(new XSSFWorkbook()), dir.resolve("m.xlsx")));

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
	void formulaNeverCalculatedIsReportedWithItsFormula() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Row row = workbook.createSheet("Report").createRow(0);
		row.createCell(0).setCellValue(2);
		row.createCell(1).setCellFormula("A1*3");
		RecordingVisitor visitor = read(Fixtures.write(workbook, dir.resolve("uncalculated.xlsx")));

		assertThat(visitor.cell("Report", 0, 1))
			.isEqualTo(new SheetCell(1, CellKind.FORMULA_WITHOUT_RESULT, "=A1*3", 0, true));
	}

	@Test
	void handCraftedFormulasWithoutValuesIncludingSharedOnes() throws Exception {
		RecordingVisitor visitor = read(Fixtures.resource("formula-without-result.xlsx"));

		assertThat(visitor.cell("Report", 0, 0))
			.isEqualTo(new SheetCell(0, CellKind.FORMULA_WITHOUT_RESULT, "=SUM(B1:C1)", 0, true));
		assertThat(visitor.cell("Report", 0, 3)).isEqualTo(new SheetCell(3, CellKind.TEXT, "xy", 0, true));
		assertThat(visitor.cell("Report", 1, 0).kind()).isEqualTo(CellKind.FORMULA_WITHOUT_RESULT);
		assertThat(visitor.cell("Report", 2, 0).text()).isEqualTo("(shared formula)");
	}

	@Test
	void handWrittenXmlWithoutReferencesRichTextAnd1904Dates() throws Exception {
		RecordingVisitor visitor = read(Fixtures.resource("hand-written.xlsx"));

		List<SheetRow> rows = visitor.rows("Report");
		assertThat(rows).extracting(SheetRow::rowIndex).containsExactly(0, 1, 6);
		assertThat(visitor.cell("Report", 0, 0).text()).isEqualTo("Plan fulfil");
		assertThat(visitor.cell("Report", 0, 1).text()).isEqualTo("81.9");
		assertThat(visitor.cell("Report", 0, 2)).isEqualTo(new SheetCell(2, CellKind.NUMBER, "1234", 1234, false));
		// 1904-based serials come out in the 1900 system every caller expects
		assertThat(visitor.cell("Report", 1, 0)).isEqualTo(new SheetCell(0, CellKind.DATE, "1462", 1462, false));
		assertThat(visitor.cell("Report", 1, 1).kind()).isEqualTo(CellKind.DATE);
		assertThat(DateUtil.getLocalDateTime(visitor.cell("Report", 1, 1).number()).toLocalDate())
			.isEqualTo(LocalDate.of(1905, 1, 1));
		assertThat(visitor.cell("Report", 1, 2).kind()).isEqualTo(CellKind.DATE);
		assertThat(visitor.cell("Report", 1, 2).number()).isEqualTo(DateUtil.getExcelDate(LocalDate.of(1959, 8, 1)));
		assertThat(rows.get(2).cells()).extracting(SheetCell::column).containsExactly(0, 2);
		assertThat(rows.get(2).cells()).extracting(SheetCell::text).containsExactly("#DIV/0!", "TRUE");
	}

	@Test
	void hiddenAndVeryHiddenSheetsAreNeverOffered() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		for (String name : List.of("Cover", "Secret", "Report", "Deep")) {
			workbook.createSheet(name).createRow(0).createCell(0).setCellValue(name);
		}
		workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
		workbook.setSheetVisibility(3, SheetVisibility.VERY_HIDDEN);
		RecordingVisitor visitor = read(Fixtures.write(workbook, dir.resolve("hidden.xlsx")));

		assertThat(visitor.sheets).containsOnlyKeys("Cover", "Report");
		assertThat(visitor.events).containsExactly("start Cover", "end", "start Report", "end");
	}

	@Test
	void rowsHoldingOnlyFormattingAreNotDelivered() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = workbook.createSheet("Report");
		CellStyle yellow = workbook.createCellStyle();
		yellow.setFillForegroundColor((short) 13);
		sheet.createRow(0).createCell(0).setCellValue("data");
		for (int r = 1; r < 2000; r++) {
			Row row = sheet.createRow(r);
			row.setRowStyle(yellow);
			row.createCell(3).setCellStyle(yellow);
			row.createCell(4).setCellValue("");
		}
		RecordingVisitor visitor = read(Fixtures.write(workbook, dir.resolve("formatted.xlsx")));

		assertThat(visitor.rows("Report")).extracting(SheetRow::rowIndex).containsExactly(0);
	}

	@Test
	void visitorDecliningARowStopsOnlyThatSheet() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		for (String name : List.of("One", "Two")) {
			Sheet sheet = workbook.createSheet(name);
			for (int r = 0; r < 10; r++) {
				sheet.createRow(r).createCell(0).setCellValue(r);
			}
		}
		Path file = Fixtures.write(workbook, dir.resolve("two.xlsx"));

		RecordingVisitor twoRows = new RecordingVisitor(2, false);
		reader.read(file, "two.xlsx", twoRows);
		assertThat(twoRows.rows("One")).hasSize(2);
		assertThat(twoRows.rows("Two")).hasSize(2);

		RecordingVisitor firstSheetOnly = new RecordingVisitor(Integer.MAX_VALUE, true);
		reader.read(file, "two.xlsx", firstSheetOnly);
		assertThat(firstSheetOnly.events).containsExactly("start One", "end");
	}

	@Test
	void sheetDeclinedAtStartIsSkippedWithoutEnd() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.createSheet("Cover").createRow(0).createCell(0).setCellValue("x");
		workbook.createSheet("Report").createRow(0).createCell(0).setCellValue("y");
		RecordingVisitor visitor = new RecordingVisitor() {
			@Override
			public boolean startSheet(String sheetName) {
				super.startSheet(sheetName);
				return !"Cover".equals(sheetName);
			}
		};
		reader.read(Fixtures.write(workbook, dir.resolve("skip.xlsx")), "skip.xlsx", visitor);

		assertThat(visitor.events).containsExactly("start Cover", "start Report", "end");
		assertThat(visitor.rows("Cover")).isEmpty();
		assertThat(visitor.rows("Report")).hasSize(1);
	}

	@Test
	void exceptionFromTheVisitorComesOutUnchanged() throws Exception {
		Path file = Fixtures.write(typedWorkbook(new XSSFWorkbook()), dir.resolve("m.xlsx"));
		IllegalStateException boom = new IllegalStateException("validator bug");
		SheetVisitor failing = new RecordingVisitor() {
			@Override
			public boolean row(SheetRow row) {
				throw boom;
			}
		};

		assertThatThrownBy(() -> reader.read(file, "m.xlsx", failing)).isSameAs(boom);
	}

	@Test
	void macroWorkbookIsReadLikeAnyOther() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook(org.apache.poi.xssf.usermodel.XSSFWorkbookType.XLSM);
		workbook.createSheet("Report").createRow(0).createCell(0).setCellValue("macro");
		RecordingVisitor visitor = read(Fixtures.write(workbook, dir.resolve("m.xlsm")));

		assertThat(visitor.cell("Report", 0, 0).text()).isEqualTo("macro");
	}

	@Test
	void aDoctypeIsRefused() {
		Path file = Fixtures.resource("doctype-entities.xlsx");

		assertThatThrownBy(() -> reader.read(file, "laughs.xlsx", new RecordingVisitor()))
			.isInstanceOf(SpreadsheetException.class)
			.hasMessageContaining("'laughs.xlsx'")
			.hasMessageContaining("sheet 'Report'")
			.hasMessageContaining("contains a DOCTYPE, refused")
			.extracting(e -> ((SpreadsheetException) e).reason())
			.isEqualTo(Reason.UNREADABLE);
	}

	@Test
	void anExternalEntityInTheWorkbookPartIsRefusedBeforeAnythingIsRead() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.createSheet("Report").createRow(0).createCell(0).setCellValue("x");
		Path good = Fixtures.write(workbook, dir.resolve("good.xlsx"));
		Path xxe = Fixtures.editZipEntry(good, dir.resolve("xxe.xlsx"), "xl/workbook.xml", xml -> xml.replaceFirst(
				"<workbook", "<!DOCTYPE workbook [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><workbook"));
		RecordingVisitor visitor = new RecordingVisitor();

		assertThatThrownBy(() -> reader.read(xxe, "xxe.xlsx", visitor)).isInstanceOf(SpreadsheetException.class)
			.hasMessage("'xxe.xlsx' cannot be read: workbook structure: contains a DOCTYPE, refused");
		assertThat(visitor.events).isEmpty();
	}

	@Test
	void aBrokenSharedStringReferenceNamesTheCell() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.createSheet("Report").createRow(3).createCell(5).setCellValue("only string");
		Path good = Fixtures.write(workbook, dir.resolve("good.xlsx"));
		Path bad = Fixtures.editZipEntry(good, dir.resolve("bad.xlsx"), "xl/worksheets/sheet1.xml",
				xml -> xml.replace("<v>0</v>", "<v>99999</v>"));

		assertThatThrownBy(() -> reader.read(bad, "bad.xlsx", new RecordingVisitor()))
			.isInstanceOf(SpreadsheetException.class)
			.hasMessageContaining("'bad.xlsx'")
			.hasMessageContaining("sheet 'Report', cell F4")
			.hasMessageContaining("shared string");
	}

	@Test
	void aSharedStringTableBrokenPastTheStringsTheSheetUsesIsStillRefused() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.createSheet("Report").createRow(0).createCell(0).setCellValue("used");
		Path good = Fixtures.write(workbook, dir.resolve("good.xlsx"));
		// a second string no cell refers to, and the part cut off in the middle of a third
		Path cut = Fixtures.editZipEntry(good, dir.resolve("cut.xlsx"), "xl/sharedStrings.xml",
				xml -> xml.substring(0, xml.indexOf("</sst>")) + "<si><t>unused</t></si><si><t>cut off");
		RecordingVisitor visitor = new RecordingVisitor();

		assertThatThrownBy(() -> reader.read(cut, "cut.xlsx", visitor)).isInstanceOf(SpreadsheetException.class)
			.hasMessageStartingWith("'cut.xlsx' cannot be read: shared strings: ");
		assertThat(visitor.cell("Report", 0, 0).text()).as("the rows before came out as they were read")
			.isEqualTo("used");

		RecordingVisitor glance = new RecordingVisitor() {
			@Override
			public boolean readsWholeWorkbook() {
				return false;
			}
		};
		reader.read(cut, "cut.xlsx", glance);
		assertThat(glance.cell("Report", 0, 0).text()).as("a glance at the first rows reads only those")
			.isEqualTo("used");
	}

	@Test
	void aDoctypeInTheSharedStringTableIsRefusedNamingTheTable() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.createSheet("Report").createRow(0).createCell(0).setCellValue("x");
		Path good = Fixtures.write(workbook, dir.resolve("good.xlsx"));
		Path laughs = Fixtures.editZipEntry(good, dir.resolve("laughs.xlsx"), "xl/sharedStrings.xml",
				xml -> xml.replaceFirst("<sst", "<!DOCTYPE sst [<!ENTITY a \"aaaaaaaa\">]><sst"));
		RecordingVisitor visitor = new RecordingVisitor();

		assertThatThrownBy(() -> reader.read(laughs, "laughs.xlsx", visitor)).isInstanceOf(SpreadsheetException.class)
			.hasMessage("'laughs.xlsx' cannot be read: shared strings: contains a DOCTYPE, refused");
		assertThat(visitor.events).as("refused before any sheet").isEmpty();
	}

	@Test
	void aRowAcrossAll16384ColumnsIsRead() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Row row = workbook.createSheet("Wide").createRow(0);
		for (int c = 0; c < 16_384; c++) {
			row.createCell(c).setCellValue(c);
		}
		RecordingVisitor visitor = read(Fixtures.write(workbook, dir.resolve("wide.xlsx")));

		List<SheetCell> cells = visitor.rows("Wide").get(0).cells();
		assertThat(cells).hasSize(16_384);
		assertThat(SheetCell.columnLetters(cells.get(16_383).column())).isEqualTo("XFD");
		assertThat(cells.get(16_383).text()).isEqualTo("16383");
	}

	@Test
	void aCellBeyondColumnXfdIsRejected() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.createSheet("Report").createRow(0).createCell(16_383).setCellValue(1);
		Path good = Fixtures.write(workbook, dir.resolve("good.xlsx"));
		Path bad = Fixtures.editZipEntry(good, dir.resolve("beyond.xlsx"), "xl/worksheets/sheet1.xml",
				xml -> xml.replace("r=\"XFD1\"", "r=\"XFE1\""));

		assertThatThrownBy(() -> reader.read(bad, "beyond.xlsx", new RecordingVisitor()))
			.isInstanceOf(SpreadsheetException.class)
			.hasMessageContaining("beyond the last column XFD");
	}

	@Test
	void aCellAsLongAsExcelAllowsIsReadWhole() throws Exception {
		String huge = "x".repeat(32_767);
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.createSheet("Report").createRow(0).createCell(0).setCellValue(huge);
		RecordingVisitor visitor = read(Fixtures.write(workbook, dir.resolve("huge.xlsx")));

		assertThat(visitor.cell("Report", 0, 0).text()).isEqualTo(huge);
	}

	private RecordingVisitor read(Path file) throws SpreadsheetException {
		RecordingVisitor visitor = new RecordingVisitor();
		reader.read(file, file.getFileName().toString(), visitor);
		return visitor;
	}

	/**
	 * Sheet Report: A1/B1 title block, row 3 one cell of each kind; a hidden sheet after it.
	 * Shared with the .xls test: the same workbook built through either POI implementation.
	 */
	static Workbook typedWorkbook(Workbook workbook) throws IOException {
		Sheet sheet = workbook.createSheet("Report");
		Row title = sheet.createRow(0);
		title.createCell(0).setCellValue("Enterprise code");
		title.createCell(1).setCellValue("M-01");
		CellStyle date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		Row row = sheet.createRow(2);
		row.createCell(0).setCellValue(81.9);
		Cell dateCell = row.createCell(1);
		dateCell.setCellValue(LocalDate.of(1959, 8, 1));
		dateCell.setCellStyle(date);
		row.createCell(2).setCellValue(true);
		row.createCell(3).setCellErrorValue(FormulaError.DIV0.getCode());
		row.createCell(4).setCellFormula("A3*2");
		row.createCell(5).setCellFormula("\"a\"&\"b\"");
		row.createCell(6).setCellValue(1234.0);
		row.createCell(7).setCellValue(0.1 + 0.2);
		row.createCell(8).setCellFormula("1/0");
		workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		workbook.createSheet("Hidden").createRow(0).createCell(0).setCellValue("never");
		workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
		return workbook;
	}

}
