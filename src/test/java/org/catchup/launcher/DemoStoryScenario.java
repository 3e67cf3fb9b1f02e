package org.catchup.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.catchup.support.SampleDataNight;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline on the sample story, as the demo runs it: reference data, nine nights
 * of consolidation, the September 1959 bulletin. Subclasses choose the database.
 */
abstract class DemoStoryScenario extends SampleDataNight {

	private static final Path SAMPLE_INPUT = Path.of("sample-input");

	@Autowired
	DemoScenario demo;

	/** SPEC §7: the machine-readable sheets and their first-row headers, exactly. */
	private static final Map<String, List<String>> SPEC_SHEETS = new LinkedHashMap<>();

	static {
		SPEC_SHEETS.put("Ranking", List.of("Rank", "Enterprise code", "Enterprise", "Parent code", "Plan value",
				"Actual value", "Fulfilment %", "YTD % of annual plan", "Change vs previous month"));
		SPEC_SHEETS.put("Teams needing help", List.of("Enterprise code", "Team code", "Team", "Section", "Fulfilment %",
				"Band", "Months below plan", "Change vs previous month", "Helper team code", "Helper enterprise code"));
		SPEC_SHEETS.put("Hidden laggards",
				List.of("Enterprise code", "Enterprise fulfilment %", "Team code", "Team fulfilment %"));
		SPEC_SHEETS.put("Pioneers falling behind", List.of("Enterprise code", "Reason"));
		SPEC_SHEETS.put("Submissions", List.of("Enterprise code", "Status", "Version", "Received"));
	}

	/** SPEC §7: the assistance loop's sheets and their first-row headers, exactly. */
	private static final Map<String, List<String>> LOOP_SHEETS = new LinkedHashMap<>();

	static {
		LOOP_SHEETS.put("Catch-up outlook", List.of("Enterprise code", "Enterprise", "Parent code",
				"YTD % of annual plan", "Pace needed %", "Forecast %", "Outlook"));
		LOOP_SHEETS.put("Assistance results", List.of("Helped enterprise code", "Helped team code",
				"Helper enterprise code", "Helper team code", "From", "Months of help", "Helped before %", "Helped now %",
				"Helper before %", "Helper now %", "Outcome"));
		LOOP_SHEETS.put("Teams to learn from",
				List.of("Main indicator", "Rank", "Enterprise code", "Team code", "Team", "Mean fulfilment %"));
	}

	@Test
	void theSeptemberBulletinTellsTheStory() throws Exception {
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		int exit = demo.run(SAMPLE_INPUT, new PrintStream(console, true, StandardCharsets.UTF_8));
		assertThat(exit).as(console.toString(StandardCharsets.UTF_8)).isZero();
		assertNoMailWithoutSmtpButTheSummaryTellsWhereItWouldHaveGone(console.toString(StandardCharsets.UTF_8));

		Path excel = properties.bulletins().resolve("bulletin-1959-09.xlsx");
		try (InputStream in = Files.newInputStream(excel); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			List<String> sheetNames = new ArrayList<>();
			workbook.forEach(sheet -> sheetNames.add(sheet.getSheetName()));
			assertThat(sheetNames.subList(0, SPEC_SHEETS.size())).containsExactlyElementsOf(SPEC_SHEETS.keySet());
			SPEC_SHEETS.forEach((name, headers) -> assertThat(header(workbook.getSheet(name)).keySet())
				.as("headers of %s", name)
				.containsExactlyInAnyOrderElementsOf(headers));
			SPEC_SHEETS.forEach((name, headers) -> {
				for (int c = 0; c < headers.size(); c++) {
					assertThat(workbook.getSheet(name).getRow(0).getCell(c).getStringCellValue()).isEqualTo(headers.get(c));
				}
			});
			Map<String, Row> ranking = rowsByFirstColumnNamed(workbook.getSheet("Ranking"), "Enterprise code");
			Map<String, Integer> columns = header(workbook.getSheet("Ranking"));
			// The story's year-to-date figures (% of annual plan).
			assertThat(number(ranking.get("HKWP"), columns.get("YTD % of annual plan"))).isEqualTo(80.0);
			assertThat(number(ranking.get("FORT"), columns.get("YTD % of annual plan"))).isEqualTo(81.9);
			assertThat(number(ranking.get("THAE"), columns.get("YTD % of annual plan"))).isEqualTo(76.7);
			// Every enterprise as the sample generator computed it independently.
			for (List<String> expected : expectedFigures("1959-09")) {
				Row row = ranking.get(expected.get(0));
				assertThat(row).as("ranking row of %s", expected.get(0)).isNotNull();
				assertThat(number(row, columns.get("Fulfilment %"))).as("fulfilment of %s", expected.get(0))
					.isEqualTo(Double.parseDouble(expected.get(4)));
				assertThat(number(row, columns.get("YTD % of annual plan"))).as("YTD of %s", expected.get(0))
					.isEqualTo(Double.parseDouble(expected.get(5)));
			}
			// Otto Brosowski met its plan again, yet its total hides teams below plan.
			assertThat(number(ranking.get("OBS"), columns.get("Fulfilment %"))).isGreaterThanOrEqualTo(100.0);
			Sheet laggards = workbook.getSheet("Hidden laggards");
			assertThat(laggards.getLastRowNum()).isGreaterThan(0);
			assertThat(rowsByFirstColumnNamed(laggards, "Enterprise code")).containsKey("OBS");
			assertThat(workbook.getSheet("Submissions").getLastRowNum()).isEqualTo(6);
			assertTheHelpWorkedAndTheOutlook(workbook);
		}

		// Otto Brosowski's copper fulfilment over the summer, from the warehouse.
		assertThat(enterpriseFulfilment("OBS", "1959-07")).isEqualByComparingTo("70.0");
		assertThat(enterpriseFulfilment("OBS", "1959-08")).isEqualByComparingTo("80.0");
		assertThat(enterpriseFulfilment("OBS", "1959-09")).isGreaterThanOrEqualTo(new BigDecimal("100.0"));
		// 35 production teams, 30 of them striving for the title.
		assertThat(jdbc.sql("""
				SELECT COUNT(DISTINCT f.team_code) FROM fact f JOIN submission s ON s.id = f.submission_id
				WHERE s.status = 'CURRENT' AND f.enterprise_code = 'OBS' AND f.period = '1959-09'""")
			.query(Integer.class)
			.single()).isEqualTo(35);
		assertThat(jdbc.sql("""
				SELECT COUNT(DISTINCT f.team_code) FROM fact f JOIN submission s ON s.id = f.submission_id
				WHERE s.status = 'CURRENT' AND f.enterprise_code = 'OBS' AND f.period = '1959-09'
				  AND f.striving_title = TRUE""")
			.query(Integer.class)
			.single()).isEqualTo(30);
		// Balvi ran at 80-90 % until Heidike helped from August; then it met plan.
		for (int month = 1; month <= 7; month++) {
			assertThat(teamFulfilment("Balvi", String.format("1959-%02d", month))).isBetween(new BigDecimal("80"),
					new BigDecimal("90"));
		}
		assertThat(teamFulfilment("Balvi", "1959-08")).isGreaterThanOrEqualTo(new BigDecimal("100"));
		assertThat(teamFulfilment("Balvi", "1959-09")).isGreaterThanOrEqualTo(new BigDecimal("100"));
		assertThat(teamFulfilment("Liter", "1959-01")).isLessThan(new BigDecimal("100"));
		assertThat(teamFulfilment("Liter", "1959-09")).isGreaterThanOrEqualTo(new BigDecimal("100"));

		assertBrokenFilesWereRejected();
		assertPdfNamesTheEnterprises(properties.bulletins().resolve("bulletin-1959-09.pdf"));
		assertRenderingAgainReplacesTheFilesAndLogsANewVersion();
		assertAScopedBulletinCoversOnlyItsCombine();
		assertEachEnterpriseHasItsOwnBulletin();
	}

	/** The demo has no SMTP server: nothing is mailed, and the bulletin's summary names each recipient and file. */
	private void assertNoMailWithoutSmtpButTheSummaryTellsWhereItWouldHaveGone(String console) {
		assertThat(console).contains("no SMTP server is configured (SPRING_MAIL_HOST), so only told")
			.contains("No SMTP server is configured (spring.mail.host), so nothing was mailed; 2 mail(s) would have gone out.")
			.containsPattern("mailWouldGoTo +2: Committee of the combine <committee@catchup.example>: "
					+ "bulletin-1959-09.pdf, bulletin-1959-09.xlsx \\| Werkleitung Otto-Brosowski-Schacht "
					+ "<obs@catchup.example>: bulletin-1959-09-OBS.pdf");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_delivery").query(Integer.class).single()).isZero();
	}

	/**
	 * The register (sample-input/assistance-1959.xlsx) and the story's team figures (README):
	 * Balvi 82.4 % in June, 102.0 in August, 104.0 in September, helped by Heidike from July:
	 * at or above plan in August and September, both within the help, so caught up. Liter
	 * 92.9 / 100.0 / 103.5, helped by Engel (TH-01) from July: caught up. Herrmann (OB-16),
	 * helped from August: 82.4 % in August, so not two months at plan, but above July's 69.3:
	 * improving.
	 */
	private void assertTheHelpWorkedAndTheOutlook(XSSFWorkbook workbook) throws IOException {
		LOOP_SHEETS.forEach((name, headers) -> {
			assertThat(workbook.getSheet(name)).as(name).isNotNull();
			for (int c = 0; c < headers.size(); c++) {
				assertThat(workbook.getSheet(name).getRow(0).getCell(c).getStringCellValue()).isEqualTo(headers.get(c));
			}
		});
		Sheet results = workbook.getSheet("Assistance results");
		Map<String, Integer> columns = header(results);
		Map<String, Row> byHelped = rowsByFirstColumnNamed(results, "Helped team code");
		assertThat(byHelped.keySet()).containsExactlyInAnyOrder("OB-17", "OB-23", "OB-16", "OB-21", "OB-22");
		Row balvi = byHelped.get("OB-17");
		assertThat(text(balvi, columns.get("Helper team code"))).isEqualTo("FS-04");
		assertThat(text(balvi, columns.get("From"))).isEqualTo("1959-07");
		assertThat(number(balvi, columns.get("Months of help"))).isEqualTo(3);
		assertThat(number(balvi, columns.get("Helped before %"))).isEqualTo(82.4);
		assertThat(number(balvi, columns.get("Helped now %"))).isEqualTo(104.0);
		assertThat(number(balvi, columns.get("Helper now %"))).isEqualTo(117.5);
		assertThat(text(balvi, columns.get("Outcome"))).isEqualTo("caught up");
		Row liter = byHelped.get("OB-23");
		assertThat(text(liter, columns.get("Helper enterprise code"))).isEqualTo("THAE");
		assertThat(number(liter, columns.get("Helped before %"))).isEqualTo(92.9);
		assertThat(number(liter, columns.get("Helped now %"))).isEqualTo(103.5);
		assertThat(text(liter, columns.get("Outcome"))).isEqualTo("caught up");
		assertThat(text(byHelped.get("OB-16"), columns.get("Outcome"))).isEqualTo("improving");
		// every pair as the sample generator computed it from its own figures
		List<String> percentColumns = List.of("Helped before %", "Helped now %", "Helper before %", "Helper now %");
		for (List<String> expected : readCsv(SAMPLE_INPUT.resolve("expected/assistance-results.csv"))) {
			Row row = byHelped.get(expected.get(1));
			assertThat(text(row, columns.get("Helper team code"))).isEqualTo(expected.get(3));
			assertThat(text(row, columns.get("From"))).isEqualTo(expected.get(4));
			assertThat(number(row, columns.get("Months of help"))).isEqualTo(Double.parseDouble(expected.get(5)));
			for (int i = 0; i < percentColumns.size(); i++) {
				assertThat(number(row, columns.get(percentColumns.get(i)))).as("%s of %s", percentColumns.get(i),
						expected.get(1)).isEqualTo(Double.parseDouble(expected.get(6 + i)));
			}
			assertThat(text(row, columns.get("Outcome"))).isEqualTo(expected.get(10));
		}
		Map<String, Row> headline = rowsByFirstColumnNamed(workbook.getSheet("Headline"), "Figure");
		assertThat(number(headline.get("Assistance under way"), 1)).isEqualTo(5);
		assertThat(number(headline.get("of which caught up"), 1)).isEqualTo(2);

		Sheet outlook = workbook.getSheet("Catch-up outlook");
		Map<String, Integer> outlookColumns = header(outlook);
		Map<String, Row> byEnterprise = rowsByFirstColumnNamed(outlook, "Enterprise code");
		assertThat(number(byEnterprise.get("OBS"), outlookColumns.get("YTD % of annual plan"))).isEqualTo(72.4);
		for (String code : List.of("OBS", "BBM", "FORT", "NRB")) {
			Outlook expected = expectedOutlook(code);
			Row row = byEnterprise.get(code);
			assertThat(number(row, outlookColumns.get("Pace needed %"))).as("pace of %s", code).isEqualTo(expected.pace());
			assertThat(number(row, outlookColumns.get("Forecast %"))).as("forecast of %s", code)
				.isEqualTo(expected.forecast());
			assertThat(text(row, outlookColumns.get("Outlook"))).as("outlook of %s", code).isEqualTo(expected.word());
		}
		// OBS needs 110.6 % of its monthly share from October, within the 120 % still reachable
		assertThat(text(byEnterprise.get("OBS"), outlookColumns.get("Outlook"))).isEqualTo("reachable");
	}

	private record Outlook(double pace, double forecast, String word) {
	}

	/**
	 * SPEC §6a by hand for September: A from the reference workbook's 1959 annual plan (quantity ×
	 * price), T and the July..September actual values from expected/figures.csv.
	 */
	private static Outlook expectedOutlook(String code) throws IOException {
		List<String> units = switch (code) {
		case "BBM" -> List.of("FORT", "THAE", "OBS", "NRB");
		default -> List.of(code);
		};
		BigDecimal annual = BigDecimal.ZERO;
		try (InputStream in = Files.newInputStream(SAMPLE_INPUT.resolve("reference-data.xlsx"));
				XSSFWorkbook reference = new XSSFWorkbook(in)) {
			Map<String, BigDecimal> prices = new HashMap<>();
			for (Row row : reference.getSheet("Indicators")) {
				if (row.getRowNum() > 0) {
					prices.put(row.getCell(0).getStringCellValue(), BigDecimal.valueOf(row.getCell(3).getNumericCellValue()));
				}
			}
			for (Row row : reference.getSheet("AnnualPlan")) {
				if (row.getRowNum() > 0 && units.contains(row.getCell(0).getStringCellValue())) {
					annual = annual.add(BigDecimal.valueOf(row.getCell(3).getNumericCellValue())
						.multiply(prices.get(row.getCell(2).getStringCellValue())));
				}
			}
		}
		BigDecimal yearToDate = BigDecimal.ZERO;
		BigDecimal recent = BigDecimal.ZERO;
		for (List<String> row : readCsv(SAMPLE_INPUT.resolve("expected/figures.csv"))) {
			if (row.get(0).equals(code)) {
				BigDecimal actual = new BigDecimal(row.get(3));
				yearToDate = yearToDate.add(actual);
				if (row.get(1).compareTo("1959-07") >= 0) {
					recent = recent.add(actual);
				}
			}
		}
		BigDecimal hundred = BigDecimal.valueOf(100);
		// three months left; pace = (A − T) / (3/12 · A); forecast = (T + 3 · mean of Jul..Sep) / A
		double pace = annual.subtract(yearToDate)
			.multiply(BigDecimal.valueOf(1200))
			.divide(annual.multiply(BigDecimal.valueOf(3)), 1, RoundingMode.HALF_UP)
			.doubleValue();
		BigDecimal forecast = yearToDate.add(recent).multiply(hundred).divide(annual, 10, RoundingMode.HALF_UP);
		String word = yearToDate.compareTo(annual) >= 0 ? "met"
				: forecast.compareTo(hundred) >= 0 ? "on track" : pace <= 120 ? "reachable" : "out of reach";
		return new Outlook(pace, forecast.setScale(1, RoundingMode.HALF_UP).doubleValue(), word);
	}

	/** The run also rendered one bulletin per enterprise; OBS's lists its 35 teams and only them. */
	private void assertEachEnterpriseHasItsOwnBulletin() throws IOException {
		for (String code : List.of("HKWP", "KLH", "ABH", "BBM", "FORT", "THAE", "OBS", "NRB")) {
			assertThat(properties.bulletins().resolve("bulletin-1959-09-" + code + ".pdf")).exists();
			assertThat(properties.bulletins().resolve("bulletin-1959-09-" + code + ".xlsx")).exists();
		}
		Path excel = properties.bulletins().resolve("bulletin-1959-09-OBS.xlsx");
		try (InputStream in = Files.newInputStream(excel); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet teams = workbook.getSheet("All teams");
			Map<String, Integer> columns = header(teams);
			List<String> enterprises = new ArrayList<>();
			List<String> codes = new ArrayList<>();
			for (int r = 1; r <= teams.getLastRowNum(); r++) {
				enterprises.add(text(teams.getRow(r), columns.get("Enterprise code")));
				codes.add(text(teams.getRow(r), columns.get("Team code")));
			}
			assertThat(enterprises).hasSize(35).containsOnly("OBS");
			assertThat(codes).contains("OB-17", "OB-23").doesNotContain("FS-04");
			Map<String, Row> headline = rowsByFirstColumnNamed(workbook.getSheet("Headline"), "Figure");
			assertThat(number(headline.get("Teams striving for the \"Socialist Labor Team\" title"), 1)).isEqualTo(30);
			assertThat(rowsByFirstColumnNamed(workbook.getSheet("Ranking"), "Enterprise code").keySet())
				.containsExactly("OBS");
			assertThat(number(rowsByFirstColumnNamed(workbook.getSheet("Ranking"), "Enterprise code").get("OBS"), 0))
				.isEqualTo(6);
			assertThat(rowsByFirstColumnNamed(workbook.getSheet("Catch-up outlook"), "Enterprise code").keySet())
				.containsExactly("OBS");
			assertThat(workbook.getSheet("Assistance results").getLastRowNum()).isEqualTo(5);
		}
		try (PDDocument document = Loader.loadPDF(properties.bulletins().resolve("bulletin-1959-09-OBS.pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(document)).contains("35 teams, 30 of them striving");
		}
	}

	private static String text(Row row, int column) {
		return new DataFormatter().formatCellValue(row.getCell(column));
	}

	private void assertRenderingAgainReplacesTheFilesAndLogsANewVersion() throws Exception {
		Path pdf = properties.bulletins().resolve("bulletin-1959-09.pdf");
		long firstSize = Files.size(pdf);
		JobExecution again = launches.start("bulletin", Map.of("month", "1959-09"));
		assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(jdbc.sql("SELECT version FROM bulletin_log WHERE period = '1959-09' AND scope = 'ALL' ORDER BY version")
			.query(Integer.class)
			.list()).containsExactly(1, 2);
		assertThat(Files.size(pdf)).isPositive();
		assertThat(Math.abs(Files.size(pdf) - firstSize)).isLessThan(firstSize / 10);
		try (var files = Files.list(properties.bulletins())) {
			assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
		}
	}

	private void assertAScopedBulletinCoversOnlyItsCombine() throws Exception {
		JobExecution scoped = launches.start("bulletin", Map.of("month", "1959-09", "scope", "HKWP"));
		assertThat(scoped.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Path excel = properties.bulletins().resolve("bulletin-1959-09-HKWP.xlsx");
		try (InputStream in = Files.newInputStream(excel); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertThat(rowsByFirstColumnNamed(workbook.getSheet("Ranking"), "Enterprise code").keySet())
				.containsExactlyInAnyOrder("HKWP", "KLH", "ABH");
		}
		assertThat(properties.bulletins().resolve("bulletin-1959-09-HKWP.pdf")).exists();
	}

	private void assertBrokenFilesWereRejected() throws IOException {
		for (List<String> expected : readCsv(SAMPLE_INPUT.resolve("expected/broken-problems.csv"))) {
			String file = expected.get(0);
			assertThat(properties.rejected().resolve(file)).exists();
			assertThat(properties.rejected().resolve(file + ".problems.csv")).exists();
			List<String> codesAndCells = jdbc.sql("""
					SELECT p.code, p.sheet_name, p.cell_ref FROM submission_problem p
					JOIN submission s ON s.id = p.submission_id
					WHERE s.file_name = :file AND s.status = 'REJECTED'""")
				.param("file", file)
				.query((rs, n) -> rs.getString("code") + ";"
						+ (rs.getString("cell_ref") == null ? "" : rs.getString("sheet_name") + "!" + rs.getString("cell_ref")))
				.list();
			assertThat(codesAndCells).as("problems of %s", file).contains(expected.get(3) + ";" + expected.get(5));
		}
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM fact f JOIN submission s ON s.id = f.submission_id WHERE s.status = 'REJECTED'""")
			.query(Integer.class)
			.single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE status = 'CURRENT'").query(Integer.class).single())
			.isEqualTo(54);
		assertThat(Files.exists(properties.inbox()) ? Files.list(properties.inbox()).count() : 0).isZero();
	}

	private void assertPdfNamesTheEnterprises(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Otto-Brosowski-Schacht", "Thälmann-Schacht", "Schacht Niederröblingen",
					"Karl-Liebknecht-Hütte", "Hüttenkombinat", "September 1959");
			assertThat(text).contains("Ranking", "Fulfilment over the year", "Teams needing help", "Hidden laggards",
					"Pioneers falling behind", "Assistance pairs", "Submissions", "Data warnings", "Catch-up outlook",
					"Assistance under way and its results", "Assisted teams before and during the help",
					"Teams to learn from");
			assertThat(text).contains("Page 1 of");
		}
	}

	private BigDecimal enterpriseFulfilment(String enterprise, String period) {
		return jdbc.sql("""
				SELECT SUM(f.actual_qty * i.price) * 100 / SUM(f.plan_qty * i.price)
				FROM fact f JOIN submission s ON s.id = f.submission_id AND s.status = 'CURRENT'
				JOIN indicator i ON i.code = f.indicator_code
				WHERE f.enterprise_code = :enterprise AND f.period = :period""")
			.param("enterprise", enterprise)
			.param("period", period)
			.query(BigDecimal.class)
			.single()
			.setScale(1, RoundingMode.HALF_UP);
	}

	private BigDecimal teamFulfilment(String teamName, String period) {
		return jdbc.sql("""
				SELECT SUM(f.actual_qty * i.price) * 100 / SUM(f.plan_qty * i.price)
				FROM fact f JOIN submission s ON s.id = f.submission_id AND s.status = 'CURRENT'
				JOIN indicator i ON i.code = f.indicator_code
				WHERE f.team_name = :team AND f.period = :period""")
			.param("team", teamName)
			.param("period", period)
			.query(BigDecimal.class)
			.single();
	}

	private static List<List<String>> expectedFigures(String period) throws IOException {
		return readCsv(SAMPLE_INPUT.resolve("expected/figures.csv")).stream()
			.filter(row -> row.get(1).equals(period))
			.toList();
	}

	/** The generator's semicolon-separated expectations, header skipped. */
	private static List<List<String>> readCsv(Path file) throws IOException {
		return Files.readAllLines(file, StandardCharsets.UTF_8)
			.stream()
			.skip(1)
			.filter(line -> !line.isBlank())
			.map(line -> List.of(line.split(";", -1)))
			.toList();
	}

	private static Map<String, Integer> header(Sheet sheet) {
		Map<String, Integer> columns = new HashMap<>();
		for (Cell cell : sheet.getRow(0)) {
			columns.put(cell.getStringCellValue(), cell.getColumnIndex());
		}
		return columns;
	}

	private static Map<String, Row> rowsByFirstColumnNamed(Sheet sheet, String column) {
		int index = header(sheet).get(column);
		DataFormatter formatter = new DataFormatter();
		Map<String, Row> rows = new HashMap<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row != null) {
				rows.putIfAbsent(formatter.formatCellValue(row.getCell(index)), row);
			}
		}
		return rows;
	}

	/** A percent cell as the sheet shows it: the cell keeps the exact value, its format rounds it. */
	private static double number(Row row, int column) {
		Cell cell = row.getCell(column);
		assertThat(cell.getCellType()).as("cell %s is numeric", cell.getAddress()).isEqualTo(CellType.NUMERIC);
		return Double.parseDouble(new DataFormatter(Locale.ROOT).formatCellValue(cell));
	}

}
