package org.catchup.submission;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the fixture workbooks of {@link FixtureCatalog} and their README. Run it after changing
 * the catalog, then commit the files:
 * {@code mvn -o test -Dtest=FixtureGenerator -Dcatchup.fixtures.write=true}
 */
public class FixtureGenerator {

	static final Path DIR = Path.of("src/test/resources/submission/fixtures");

	static final Object[] HEADER = Submissions.HEADER;

	/** Formula marker: {@code evaluated} stores the result as Excel does on save. */
	record Formula(String formula, boolean evaluated) {
	}

	record DateValue(LocalDate date) {
	}

	@Test
	@EnabledIfSystemProperty(named = "catchup.fixtures.write", matches = "true")
	void writeFixtures() throws IOException {
		main(new String[0]);
	}

	public static void main(String[] args) throws IOException {
		Files.createDirectories(DIR);
		for (FixtureCatalog.Fixture fixture : FixtureCatalog.ALL) {
			write(fixture.file(), DIR.resolve(fixture.file()));
		}
		Files.writeString(DIR.resolve("README.md"), readme(), StandardCharsets.UTF_8);
	}

	public static void write(String name, Path target) throws IOException {
		switch (name) {
			case "valid-english.xlsx", "file-too-large.xlsx" -> save(standard("E01", "1959-08", good()), target);
			case "valid-german.xlsx" -> {
				XSSFWorkbook wb = new XSSFWorkbook();
				Sheet sheet = wb.createSheet("Bericht");
				rows(sheet, 0, new Object[] { "Betrieb-Nr.", "E02" }, new Object[] { "Berichtsmonat", "März 1959" },
						new Object[] { "Bearbeiter", "K. Meier" });
				rows(sheet, 4, new Object[] { "Abteilung", "Brigade-Nr.", "Brigade", "Kennziffer", "Soll", "Ist",
						"Beschäftigte", "Kampf um Titel", "Bemerkungen" });
				rows(sheet, 5, new Object[] { "Revier 1", "B7", "Brigade Glück auf", "ORE", 50, 51, 8, "ja", "gut" },
						new Object[] { "Revier 2", "B8", "Brigade Thälmann", "COAL", 120, 118.5, 14, "nein", null });
				save(wb, target);
			}
			case "german-headers.xlsx" -> {
				XSSFWorkbook wb = new XSSFWorkbook();
				Sheet sheet = wb.createSheet("Report");
				title(sheet, "E01", "1959-08");
				rows(sheet, 4, new Object[] { "Brigade-Nr.", "Brigade", "Revier", "Kennziffer", "Ist", "Soll",
						"Kampf um Titel" });
				rows(sheet, 5, new Object[] { "T01", "Brigade T01", "North", "COAL", 95, 100, "ja" },
						new Object[] { "T02", "Brigade T02", "North", "ORE", 48, 50, "Nein" });
				save(wb, target);
			}
			case "header-variants.xlsx" -> {
				XSSFWorkbook wb = new XSSFWorkbook();
				Sheet sheet = wb.createSheet("Report");
				title(sheet, "E01", "1959-08");
				rows(sheet, 4, new Object[] { "SECTION", "team_code", "Team Name", "in-di-ca-tor", " Plan ", "ACTUAL" });
				rows(sheet, 5, new Object[] { "North", "T01", "Brigade T01", "COAL", 100, 95 });
				save(wb, target);
			}
			case "period-date-cell.xlsx" -> save(standard("E01", new DateValue(LocalDate.of(1959, 8, 1)), good()),
					target);
			case "period-slash.xlsx" -> save(standard("E01", "08/1959", good()), target);
			case "notes-sheet-first.xlsx" -> {
				XSSFWorkbook wb = new XSSFWorkbook();
				Sheet hidden = wb.createSheet("Old");
				rows(hidden, 0, HEADER, line("T01", "BOGUS", -1, -1));
				Sheet notes = wb.createSheet("Notes");
				rows(notes, 0, new Object[] { "Fill in the sheet 'Report'." });
				fillReport(wb.createSheet("Report"), "E01", "1959-08", good());
				wb.setSheetHidden(0, true);
				wb.setActiveSheet(1);
				save(wb, target);
			}
			case "formula-results.xlsx" -> {
				XSSFWorkbook wb = standard("E01", "1959-08", line("T01", "COAL", 100, new Formula("E6*0.95", true)),
						line("T02", "ORE", 50, new Formula("E7-2", true)));
				rows(wb.getSheetAt(0), 7, new Object[] { "Total", null, null, null, new Formula("SUM(E6:E7)", true),
						new Formula("SUM(F6:F7)", true) });
				evaluate(wb);
				save(wb, target);
			}
			case "totals-ok.xlsx" -> {
				XSSFWorkbook wb = standard("E01", "1959-08", good());
				rows(wb.getSheetAt(0), 8, new Object[] { "Summe", null, null, null, 170, 164.3 },
						line("T09", "BOGUS", "x", "y"));
				save(wb, target);
			}
			case "blank-row-ends-data.xlsx" -> {
				XSSFWorkbook wb = standard("E01", "1959-08", line("T01", "COAL", 100, 95), line("T02", "ORE", 50, 48));
				Sheet sheet = wb.getSheetAt(0);
				rows(sheet, 8, line("T09", "BOGUS", "x", "y"));
				CellStyle formatted = wb.createCellStyle();
				formatted.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
				for (int r = 9; r < 509; r++) {
					Row row = sheet.createRow(r);
					for (int c = 0; c < 9; c++) {
						row.createCell(c).setCellStyle(formatted);
					}
				}
				save(wb, target);
			}
			case "valid.xls" -> {
				HSSFWorkbook wb = new HSSFWorkbook();
				fillReport(wb.createSheet("Report"), "E01", "1959-08", good());
				save(wb, target);
			}
			case "valid.csv" -> Files.writeString(target, """
					enterprise_code,period,section,team_code,team_name,indicator,plan,actual,headcount,striving_title,remarks
					E01,1959-08,North,T01,Brigade T01,COAL,100,95,12,yes,
					E01,1959-08,North,T02,Brigade T02,ORE,50,48.5,9,no,"late shift, short"
					""", StandardCharsets.UTF_8);
			case "valid-semicolon-german.csv" -> Files.writeString(target, "\uFEFF" + """
					Betrieb-Nr.;Berichtsmonat;Abteilung;Brigade-Nr.;Brigade;Kennziffer;Soll;Ist;Beschäftigte
					E02;08/1959;Revier 1;B7;Brigade Glück auf;ORE;50;51,5;8
					E02;08/1959;Revier 1;B8;Brigade Thälmann;COAL;1.200,5;1.180,25;14
					""", StandardCharsets.UTF_8);
			case "unknown-column.xlsx" -> {
				XSSFWorkbook wb = new XSSFWorkbook();
				Sheet sheet = wb.createSheet("Report");
				title(sheet, "E01", "1959-08");
				rows(sheet, 4, append(HEADER, "Shift"));
				rows(sheet, 5, append(line("T01", "COAL", 100, 95), "night"));
				save(wb, target);
			}
			case "missing-column.xlsx" -> {
				XSSFWorkbook wb = new XSSFWorkbook();
				Sheet sheet = wb.createSheet("Report");
				title(sheet, "E01", "1959-08");
				rows(sheet, 4, Arrays.copyOf(HEADER, 5));
				rows(sheet, 5, Arrays.copyOf(line("T01", "COAL", 100, 95), 5));
				save(wb, target);
			}
			case "no-header-row.xlsx" -> {
				XSSFWorkbook wb = new XSSFWorkbook();
				rows(wb.createSheet("Figures"), 0, new Object[] { "T01", "COAL", 100, 95 },
						new Object[] { "T02", "ORE", 50, 48 });
				save(wb, target);
			}
			case "missing-enterprise.xlsx" -> save(standard(null, "1959-08", good()), target);
			case "unknown-enterprise.xlsx" -> save(standard("E99", "1959-08", good()), target);
			case "enterprise-not-permitted.xlsx" -> save(standard("E01", "1959-08", good()), target);
			case "missing-period.xlsx" -> save(standard("E01", null, good()), target);
			case "malformed-period.xlsx" -> save(standard("E01", "Sommer 1959", good()), target);
			case "future-period.xlsx" -> save(standard("E01", "1960-03", good()), target);
			case "csv-mixed-enterprise.csv" -> Files.writeString(target, """
					enterprise_code,period,section,team_code,team_name,indicator,plan,actual
					E01,1959-08,North,T01,Brigade T01,COAL,100,95
					E02,1959-08,North,T02,Brigade T02,ORE,50,48
					""", StandardCharsets.UTF_8);
			case "empty-team-code.xlsx" -> save(standard("E01", "1959-08", line("T01", "COAL", 100, 95),
					line(null, "ORE", 50, 48)), target);
			case "unknown-indicator.xlsx" -> save(standard("E01", "1959-08", line("T01", "KOHLE", 100, 95)), target);
			case "missing-number.xlsx" -> save(standard("E01", "1959-08", line("T01", "COAL", null, 95)), target);
			case "not-a-number.xlsx" -> save(standard("E01", "1959-08", line("T01", "COAL", 100, "about 90")),
					target);
			case "ambiguous-number.xlsx" -> save(standard("E01", "1959-08", line("T01", "COAL", 1500, "1,234")),
					target);
			case "negative-number.xlsx" -> save(standard("E01", "1959-08", line("T01", "COAL", -5, 95)), target);
			case "error-cell.xlsx" -> {
				XSSFWorkbook wb = standard("E01", "1959-08", line("T01", "COAL", 100, new Formula("E6/0", true)));
				evaluate(wb);
				save(wb, target);
			}
			case "formula-without-result.xlsx" -> save(
					standard("E01", "1959-08", line("T01", "COAL", 100, new Formula("E6*0.95", false))), target);
			case "duplicate-team-indicator.xlsx" -> save(standard("E01", "1959-08", line("T01", "COAL", 100, 95),
					line("T01", "ORE", 50, 48), line("T01", "COAL", 100, 95)), target);
			case "totals-mismatch.xlsx" -> {
				XSSFWorkbook wb = standard("E01", "1959-08", good());
				rows(wb.getSheetAt(0), 8, new Object[] { "Total", null, null, null, 170, 174.3 });
				save(wb, target);
			}
			case "invalid-headcount.xlsx" -> {
				Object[] line = line("T01", "COAL", 100, 95);
				line[6] = 2.5;
				save(standard("E01", "1959-08", line), target);
			}
			case "invalid-striving-title.xlsx" -> {
				Object[] line = line("T01", "COAL", 100, 95);
				line[7] = "maybe";
				save(standard("E01", "1959-08", line), target);
			}
			case "no-data-rows.xlsx" -> save(standard("E01", "1959-08"), target);
			case "number-as-text.xlsx" -> save(standard("E01", "1959-08", line("T01", "COAL", 1500, "1.234,5")),
					target);
			case "actual-above-twice-plan.xlsx" -> save(standard("E01", "1959-08", line("T01", "COAL", 100, 250)),
					target);
			case "zero-plan-with-actual.xlsx" -> save(standard("E01", "1959-08", line("T01", "COAL", 0, 12)), target);
			case "new-team.xlsx" -> save(standard("E01", "1959-08", line("T01", "COAL", 150, 150),
					line("T09", "COAL", 10, 10)), target);
			case "team-name-changed.xlsx" -> {
				Object[] line = line("T01", "COAL", 150, 150);
				line[2] = "Brigade Rosa Luxemburg";
				save(standard("E01", "1959-08", line), target);
			}
			case "actual-outside-history.xlsx" -> save(standard("E01", "1959-08", line("T01", "COAL", 800, 900)),
					target);
			case "encrypted.xlsx" -> encrypted(standard("E01", "1959-08", good()), target);
			case "corrupt.xlsx" -> {
				Path whole = Files.createTempFile("fixture", ".xlsx");
				save(standard("E01", "1959-08", good()), whole);
				Files.write(target, Arrays.copyOf(Files.readAllBytes(whole), 600));
				Files.delete(whole);
			}
			case "unsupported.odt" -> Files.write(target,
					"PK\u0003\u0004mimetypeapplication/vnd.oasis.opendocument.text"
						.getBytes(StandardCharsets.ISO_8859_1));
			default -> throw new IllegalArgumentException("no recipe for fixture " + name);
		}
	}

	public static Object[][] good() {
		return new Object[][] { line("T01", "COAL", 100, 95), line("T02", "ORE", 50, 48.3),
				line("T03", "COKE", 20, 21) };
	}

	static Object[] line(String team, String indicator, Object plan, Object actual) {
		return new Object[] { "North", team, team == null ? "Brigade X" : "Brigade " + team, indicator, plan, actual,
				12, "yes", null };
	}

	public static XSSFWorkbook standard(Object enterprise, Object period, Object[]... data) {
		XSSFWorkbook wb = new XSSFWorkbook();
		fillReport(wb.createSheet("Report"), enterprise, period, data);
		return wb;
	}

	public static void fillReport(Sheet sheet, Object enterprise, Object period, Object[]... data) {
		title(sheet, enterprise, period);
		rows(sheet, 4, HEADER);
		rows(sheet, 5, data);
	}

	static void title(Sheet sheet, Object enterprise, Object period) {
		rows(sheet, 0, new Object[] { "Enterprise code", enterprise }, new Object[] { "Period", period },
				new Object[] { "Submitted by", "A. Clerk" });
	}

	static void rows(Sheet sheet, int firstRow, Object[]... rows) {
		for (int r = 0; r < rows.length; r++) {
			Row row = sheet.createRow(firstRow + r);
			for (int c = 0; c < rows[r].length; c++) {
				set(row, c, rows[r][c]);
			}
		}
	}

	private static void set(Row row, int column, Object value) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		Workbook wb = row.getSheet().getWorkbook();
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof DateValue date) {
			CellStyle style = wb.createCellStyle();
			style.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
			cell.setCellValue(date.date());
			cell.setCellStyle(style);
		}
		else if (value instanceof Formula formula) {
			cell.setCellFormula(formula.formula());
			if (!formula.evaluated() && cell instanceof XSSFCell xssf && xssf.getCTCell().isSetV()) {
				xssf.getCTCell().unsetV();
			}
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

	/** Stores the result of every formula marked evaluated, as Excel does when saving. */
	private static void evaluate(XSSFWorkbook wb) {
		FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
		evaluator.evaluateAll();
	}

	private static Object[] append(Object[] values, Object value) {
		Object[] longer = Arrays.copyOf(values, values.length + 1);
		longer[values.length] = value;
		return longer;
	}

	private static void save(Workbook wb, Path target) throws IOException {
		try (wb; OutputStream out = Files.newOutputStream(target)) {
			wb.write(out);
		}
	}

	private static void encrypted(XSSFWorkbook wb, Path target) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("secret");
			try (wb; OutputStream out = encryptor.getDataStream(fs)) {
				wb.write(out);
			}
			catch (java.security.GeneralSecurityException e) {
				throw new IOException(e);
			}
			try (OutputStream out = Files.newOutputStream(target)) {
				fs.writeFilesystem(out);
			}
		}
	}

	static String readme() {
		StringBuilder md = new StringBuilder("""
				# Submission fixtures

				Generated by `FixtureGenerator` (test scope) from `FixtureCatalog`; regenerate with
				`mvn -o test -Dtest=FixtureGenerator -Dcatchup.fixtures.write=true` and commit the files.
				`FixturesTest` reads each file and expects exactly the problem listed (or none).

				Reference data assumed: enterprises `E01`, `E02`, `E03`; indicators `COAL`, `ORE`, `COKE`.
				Standard layout: title block A1:B3 (`Enterprise code` E01, `Period` 1959-08, `Submitted by`),
				header in row 5 (A..I: Section, Team code, Team name, Indicator, Plan, Actual, Headcount,
				Striving title, Remarks), data from row 6 on sheet `Report`.

				Contexts:
				""");
		for (FixtureCatalog.Context context : FixtureCatalog.Context.values()) {
			md.append("- `").append(context).append("`: ").append(context.description).append('\n');
		}
		md.append("\n| fixture | expected code | cell | context | content |\n|---|---|---|---|---|\n");
		for (FixtureCatalog.Fixture f : FixtureCatalog.ALL) {
			md.append("| `").append(f.file()).append("` | ")
				.append(f.code() == null ? "none" : f.code().name()).append(" | ")
				.append(f.cell() == null ? "-" : f.cell()).append(" | ")
				.append(f.context()).append(" | ")
				.append(f.content()).append(" |\n");
		}
		return md.toString();
	}

}
