package org.catchup.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.catchup.submission.FixtureGenerator;
import org.catchup.validation.Problem;
import org.catchup.validation.ProblemCode;
import org.catchup.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotatedWorkbookWriterTest {

	private static final String HYPERLINK = "=HYPERLINK(\"x\")";

	@TempDir
	Path dir;

	private final AnnotatedWorkbookWriter writer = new AnnotatedWorkbookWriter();

	@Test
	void problemCellsAreFilledAndCommentedAndListed() throws Exception {
		Path original = dir.resolve("report.xlsx");
		FixtureGenerator.write("valid-english.xlsx", original);
		List<Problem> found = problems(
				Problem.of(ProblemCode.AMBIGUOUS_NUMBER, "Report", "F6", "Actual", "1,234", "Actual '1,234' is ambiguous."),
				Problem.of(ProblemCode.NUMBER_AS_TEXT, "Report", "E7", "Plan", "50", "Plan '50' is typed as text."),
				Problem.of(ProblemCode.ACTUAL_ABOVE_TWICE_PLAN, "Report", "F6", "Actual", "1,234", "Actual is high."),
				Problem.of(ProblemCode.EMPTY_TEAM_CODE, "Report", "B20", "Team code", null, "Team code is empty."),
				Problem.ofFile(ProblemCode.NO_DATA_ROWS, "Nothing below the header."));
		Path target = dir.resolve(AnnotatedWorkbookWriter.annotatedFileName("report.xlsx"));

		writer.write(original, "report.xlsx", found, target);

		try (Workbook wb = open(target)) {
			Sheet sheet = wb.getSheet("Report");
			Cell error = cell(sheet, "F6");
			assertThat(error.getNumericCellValue()).isEqualTo(95);
			assertThat(error.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
			assertThat(error.getCellStyle().getFillForegroundColor()).isEqualTo(CellAnnotator.ERROR_FILL);
			assertThat(error.getCellComment().getString().getString())
				.isEqualTo("ERROR: Actual '1,234' is ambiguous.\nWARNING: Actual is high.");
			Cell warning = cell(sheet, "E7");
			assertThat(warning.getCellStyle().getFillForegroundColor()).isEqualTo(CellAnnotator.WARNING_FILL);
			assertThat(warning.getCellComment().getString().getString()).isEqualTo("WARNING: Plan '50' is typed as text.");
			// a problem on a blank cell still shows
			assertThat(cell(sheet, "B20").getCellComment().getString().getString()).contains("Team code is empty.");
			assertThat(cell(sheet, "A6").getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);

			XSSFSheet problems = (XSSFSheet) wb.getSheet("Problems");
			assertThat(rowValues(problems.getRow(0))).containsExactly("Severity", "Code", "Sheet", "Cell", "Column",
					"Value", "Message");
			assertThat(rowValues(problems.getRow(1))).containsExactly("ERROR", "AMBIGUOUS_NUMBER", "Report", "F6",
					"Actual", "1,234", "Actual '1,234' is ambiguous.");
			assertThat(rowValues(problems.getRow(5))).containsExactly("ERROR", "NO_DATA_ROWS", "", "", "", "",
					"Nothing below the header.");
			assertThat(problems.getLastRowNum()).isEqualTo(5);
			assertThat(problems.getPaneInformation().isFreezePane()).isTrue();
			assertThat(problems.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G6");
			assertThat(wb.getActiveSheetIndex()).isEqualTo(wb.getSheetIndex(problems));
		}
		// the submitter's original is untouched
		try (Workbook wb = open(original)) {
			assertThat(cell(wb.getSheet("Report"), "F6").getCellComment()).isNull();
			assertThat(wb.getSheet("Problems")).isNull();
		}
	}

	@Test
	void neighbouringProblemCellsInAnyOrderAllGetComments() throws Exception {
		Path original = dir.resolve("report.xlsx");
		FixtureGenerator.write("valid-english.xlsx", original);
		List<Problem> found = problems(
				Problem.of(ProblemCode.ERROR_CELL, "Report", "F6", "Actual", "#DIV/0!", "F6 problem."),
				Problem.of(ProblemCode.NEGATIVE_NUMBER, "Report", "E6", "Plan", "-5", "E6 problem."),
				Problem.of(ProblemCode.UNKNOWN_INDICATOR, "Report", "D6", "Indicator", "X", "D6 problem."));

		writer.write(original, "report.xlsx", found, dir.resolve("checked.xlsx"));

		try (Workbook wb = open(dir.resolve("checked.xlsx"))) {
			Sheet sheet = wb.getSheet("Report");
			for (String ref : List.of("D6", "E6", "F6")) {
				assertThat(cell(sheet, ref).getCellComment().getString().getString()).contains(ref + " problem.");
			}
		}
	}

	@Test
	void formulaLookingTeamNameStaysAString() throws Exception {
		Path original = dir.resolve("report.xlsx");
		try (XSSFWorkbook wb = FixtureGenerator.standard("E01", "1959-08",
				new Object[] { "North", "T01", HYPERLINK, "COAL", 100, 95 })) {
			try (var out = Files.newOutputStream(original)) {
				wb.write(out);
			}
		}
		List<Problem> found = problems(Problem.of(ProblemCode.TEAM_NAME_CHANGED, "Report", "C6",
				"Team name", HYPERLINK, "Team T01 is now called '" + HYPERLINK + "'."));
		Path target = dir.resolve("checked.xlsx");

		writer.write(original, "report.xlsx", found, target);

		try (Workbook wb = open(target)) {
			Cell name = cell(wb.getSheet("Report"), "C6");
			assertThat(name.getCellType()).isEqualTo(CellType.STRING);
			assertThat(name.getStringCellValue()).isEqualTo(HYPERLINK);
			Cell value = wb.getSheet("Problems").getRow(1).getCell(5);
			assertThat(value.getCellType()).isEqualTo(CellType.STRING);
			assertThat(value.getStringCellValue()).isEqualTo(HYPERLINK);
		}
	}

	@Test
	void csvComesBackAsAnXlsxOfTextCells() throws Exception {
		Path original = dir.resolve("report.csv");
		Files.writeString(original, "\uFEFFsection;team_code;team_name;indicator;plan;actual\n"
				+ "North;T01;" + "\"=HYPERLINK(\"\"x\"\")\"" + ";COAL;1,234;95\n", StandardCharsets.UTF_8);
		List<Problem> found = problems(
				Problem.of(ProblemCode.AMBIGUOUS_NUMBER, "report", "E2", "plan", "1,234", "Plan is ambiguous."));
		Path target = dir.resolve(AnnotatedWorkbookWriter.annotatedFileName("report.csv"));

		writer.write(original, "report.csv", found, target);

		assertThat(target.getFileName()).hasToString("report-checked.xlsx");
		try (Workbook wb = open(target)) {
			assertThat(wb).isInstanceOf(XSSFWorkbook.class);
			Sheet sheet = wb.getSheet("report");
			assertThat(cell(sheet, "A1").getStringCellValue()).isEqualTo("section");
			assertThat(cell(sheet, "C2").getCellType()).isEqualTo(CellType.STRING);
			assertThat(cell(sheet, "C2").getStringCellValue()).isEqualTo(HYPERLINK);
			Cell plan = cell(sheet, "E2");
			assertThat(plan.getStringCellValue()).isEqualTo("1,234");
			assertThat(plan.getCellStyle().getFillForegroundColor()).isEqualTo(CellAnnotator.ERROR_FILL);
			assertThat(plan.getCellComment().getString().getString()).isEqualTo("ERROR: Plan is ambiguous.");
		}
	}

	@Test
	void xlsStaysXls() throws Exception {
		Path original = dir.resolve("report.xls");
		FixtureGenerator.write("valid.xls", original);
		List<Problem> found = problems(
				Problem.of(ProblemCode.NEGATIVE_NUMBER, "Report", "E6", "Plan", "-5", "Plan -5 is negative."));
		Path target = dir.resolve(AnnotatedWorkbookWriter.annotatedFileName("report.xls"));

		writer.write(original, "report.xls", found, target);

		assertThat(target.getFileName()).hasToString("report-checked.xls");
		try (Workbook wb = open(target)) {
			assertThat(wb).isInstanceOf(HSSFWorkbook.class);
			Cell plan = cell(wb.getSheet("Report"), "E6");
			assertThat(plan.getCellStyle().getFillForegroundColor()).isEqualTo(CellAnnotator.ERROR_FILL);
			assertThat(plan.getCellComment().getString().getString()).isEqualTo("ERROR: Plan -5 is negative.");
			assertThat(wb.getSheet("Problems").getRow(1).getCell(1).getStringCellValue()).isEqualTo("NEGATIVE_NUMBER");
		}
	}

	@Test
	void xlsmComesBackAsAPlainXlsx() throws Exception {
		Path original = dir.resolve("report.xlsm");
		try (XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
			FixtureGenerator.fillReport(wb.createSheet("Report"), "E01", "1959-08", FixtureGenerator.good());
			try (var out = Files.newOutputStream(original)) {
				wb.write(out);
			}
		}
		List<Problem> found = problems(
				Problem.of(ProblemCode.UNKNOWN_INDICATOR, "Report", "D6", "Indicator", "COAL", "Unknown."));
		Path target = dir.resolve(AnnotatedWorkbookWriter.annotatedFileName("report.xlsm"));

		writer.write(original, "report.xlsm", found, target);

		assertThat(target.getFileName()).hasToString("report-checked.xlsx");
		try (XSSFWorkbook wb = (XSSFWorkbook) open(target)) {
			assertThat(wb.getPackagePart().getContentType()).isEqualTo(XSSFRelation.WORKBOOK.getContentType());
			assertThat(cell(wb.getSheet("Report"), "D6").getCellComment()).isNotNull();
		}
	}

	@Test
	void unopenableOriginalGivesTheProblemsSheetAlone() throws Exception {
		Path original = dir.resolve("report.xlsx");
		Files.write(original, new byte[] { 'P', 'K', 3, 4, 1, 2, 3 });
		List<Problem> found = problems(Problem.ofFile(ProblemCode.UNREADABLE_FILE, "The file is damaged."));
		Path target = dir.resolve("checked.xlsx");

		writer.write(original, "report.xlsx", found, target);

		try (Workbook wb = open(target)) {
			assertThat(wb.getNumberOfSheets()).isEqualTo(1);
			assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Problems");
			assertThat(wb.getSheetAt(0).getRow(1).getCell(6).getStringCellValue()).isEqualTo("The file is damaged.");
		}
	}

	@Test
	void existingProblemsSheetIsKept() throws Exception {
		Path original = dir.resolve("report.xlsx");
		try (XSSFWorkbook wb = FixtureGenerator.standard("E01", "1959-08", FixtureGenerator.good())) {
			wb.createSheet("Problems").createRow(0).createCell(0).setCellValue("our own notes");
			try (var out = Files.newOutputStream(original)) {
				wb.write(out);
			}
		}

		writer.write(original, "report.xlsx", problems(), dir.resolve("checked.xlsx"));

		try (Workbook wb = open(dir.resolve("checked.xlsx"))) {
			assertThat(wb.getSheet("Problems").getRow(0).getCell(0).getStringCellValue()).isEqualTo("our own notes");
			assertThat(wb.getSheet("Problems (2)").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Severity");
		}
	}

	private static List<Problem> problems(Problem... problems) {
		return List.of(problems);
	}

	private static Workbook open(Path file) throws Exception {
		try (InputStream in = Files.newInputStream(file)) {
			return WorkbookFactory.create(in);
		}
	}

	private static Cell cell(Sheet sheet, String reference) {
		CellReference ref = new CellReference(reference);
		Row row = sheet.getRow(ref.getRow());
		return row == null ? null : row.getCell(ref.getCol());
	}

	private static List<String> rowValues(Row row) {
		List<String> values = new java.util.ArrayList<>();
		for (int i = 0; i < 7; i++) {
			Cell cell = row.getCell(i);
			values.add(cell == null ? "" : cell.getStringCellValue());
		}
		return values;
	}

}
