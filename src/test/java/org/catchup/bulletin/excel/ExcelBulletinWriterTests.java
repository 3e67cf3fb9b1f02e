package org.catchup.bulletin.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.catchup.bulletin.BulletinEdition;
import org.catchup.bulletin.EnterpriseTeams;
import org.catchup.bulletin.OctoberSoFar;
import org.catchup.bulletin.YearChart;
import org.catchup.bulletin.pdf.SampleBulletin;
import org.catchup.figures.Enterprise;
import org.catchup.figures.EnterpriseKind;
import org.catchup.figures.Fulfilment;
import org.catchup.figures.FulfilmentSeries;
import org.catchup.figures.Headline;
import org.catchup.figures.MonthFulfilment;
import org.catchup.figures.MonthlyFigures;
import org.catchup.figures.RankingRow;
import org.catchup.i18n.TestTexts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExcelBulletinWriterTests {

	private static XSSFWorkbook workbook;

	@BeforeAll
	static void writeSampleBulletin() throws IOException {
		workbook = readBack(SampleBulletin.edition(), "bulletin-sample.xlsx");
	}

	@Test
	void specSheetsComeFirstWithTheirExactHeaders() {
		assertThat(sheetNames()).startsWith("Ranking", "Teams needing help", "Hidden laggards",
				"Pioneers falling behind", "Submissions");
		assertThat(header("Ranking")).containsExactly("Rank", "Enterprise code", "Enterprise", "Parent code",
				"Plan value", "Actual value", "Fulfilment %", "YTD % of annual plan", "Change vs previous month");
		assertThat(header("Teams needing help")).containsExactly("Enterprise code", "Team code", "Team", "Section",
				"Fulfilment %", "Band", "Months below plan", "Change vs previous month", "Helper team code",
				"Helper enterprise code");
		assertThat(header("Hidden laggards")).containsExactly("Enterprise code", "Enterprise fulfilment %",
				"Team code", "Team fulfilment %");
		assertThat(header("Pioneers falling behind")).containsExactly("Enterprise code", "Reason");
		assertThat(header("Submissions")).containsExactly("Enterprise code", "Status", "Version", "Received");
	}

	@Test
	void extraSheetsFollowTheSpecSheets() {
		assertThat(sheetNames()).containsExactly("Ranking", "Teams needing help", "Hidden laggards",
				"Pioneers falling behind", "Submissions", "Headline", "Assistance pairs", "Fulfilment by month",
				"Data warnings", "Catch-up outlook", "Assistance results", "Teams to learn from");
	}

	@Test
	void theAssistanceLoopSheetsHaveSpecHeadersExactly() {
		assertThat(header("Catch-up outlook")).containsExactly("Enterprise code", "Enterprise", "Parent code",
				"YTD % of annual plan", "Pace needed %", "Forecast %", "Outlook");
		assertThat(header("Assistance results")).containsExactly("Helped enterprise code", "Helped team code",
				"Helper enterprise code", "Helper team code", "From", "Months of help", "Helped before %",
				"Helped now %", "Helper before %", "Helper now %", "Outcome");
		assertThat(header("Teams to learn from")).containsExactly("Main indicator", "Rank", "Enterprise code",
				"Team code", "Team", "Mean fulfilment %");
	}

	@Test
	void outlookPercentagesAreNumbersAndNotAvailableIsAnEmptyCell() {
		Row thaelmann = rowWithText("Catch-up outlook", 0, "TS");
		assertThat(thaelmann.getCell(3).getNumericCellValue()).isEqualTo(68.25);
		assertThat(new DataFormatter().formatCellValue(thaelmann.getCell(3))).isEqualTo("68.3");
		assertThat(thaelmann.getCell(4).getNumericCellValue()).isEqualTo(127.25);
		assertThat(thaelmann.getCell(6).getStringCellValue()).isEqualTo("out of reach");
		assertThat(rowWithText("Catch-up outlook", 0, "NR").getCell(4).getNumericCellValue()).isZero();
		assertThat(rowWithText("Catch-up outlook", 0, "NR").getCell(6).getStringCellValue()).isEqualTo("met");
		Row noPlan = rowWithText("Catch-up outlook", 0, "KH");
		for (int column = 3; column <= 5; column++) {
			assertThat(noPlan.getCell(column)).satisfiesAnyOf(cell -> assertThat(cell).isNull(),
					cell -> assertThat(cell.getCellType()).isEqualTo(CellType.BLANK));
		}
		assertThat(noPlan.getCell(6).getStringCellValue()).isEqualTo("n/a");
	}

	@Test
	void assistanceResultsKeepExactValuesAndNeverRoundOntoALine() {
		Row caughtUp = rowWithText("Assistance results", 1, "TS-101");
		assertThat(caughtUp.getCell(4).getStringCellValue()).isEqualTo("1959-07");
		assertThat(caughtUp.getCell(5).getNumericCellValue()).isEqualTo(3);
		assertThat(caughtUp.getCell(6).getNumericCellValue()).isEqualTo(80.8);
		assertThat(caughtUp.getCell(7).getNumericCellValue()).isEqualTo(104.0);
		assertThat(caughtUp.getCell(10).getStringCellValue()).isEqualTo("caught up");
		Row improving = rowWithText("Assistance results", 1, "TS-102");
		// 99.96 % stays below the line in the display too
		assertThat(improving.getCell(7).getNumericCellValue()).isEqualTo(99.96);
		assertThat(new DataFormatter().formatCellValue(improving.getCell(7))).isEqualTo("99.96");
		assertThat(improving.getCell(10).getStringCellValue()).isEqualTo("improving; helper slipped");
		Row noRowBefore = rowWithText("Assistance results", 1, "KH-903");
		assertThat(noRowBefore.getCell(6)).satisfiesAnyOf(cell -> assertThat(cell).isNull(),
				cell -> assertThat(cell.getCellType()).isEqualTo(CellType.BLANK));
	}

	@Test
	void teamsToLearnFromAreRankedPerMainIndicatorWithTheirMean() {
		Row second = rowWithText("Teams to learn from", 3, "NR-300");
		assertThat(second.getCell(0).getStringCellValue()).isEqualTo("CU");
		assertThat(second.getCell(1).getNumericCellValue()).isEqualTo(2);
		// a mean of 104.96666 is shown 104.97, never 105.0
		assertThat(new DataFormatter().formatCellValue(second.getCell(5))).isEqualTo("104.97");
		assertThat(rowWithText("Teams to learn from", 3, "TS-900").getCell(1).getNumericCellValue()).isEqualTo(1);
	}

	@Test
	void theHeadlineCountsAssistanceUnderWayAndCaughtUp() {
		assertThat(rowWithText("Headline", 0, "Assistance under way").getCell(1).getNumericCellValue()).isEqualTo(3);
		assertThat(rowWithText("Headline", 0, "of which caught up").getCell(1).getNumericCellValue()).isEqualTo(1);
	}

	@Test
	void anEnterpriseBulletinListsAllItsTeamsAndHowManyStriveForTheTitle() throws IOException {
		EnterpriseTeams teams = new EnterpriseTeams(List.of(
				new EnterpriseTeams.Team("TS", "TS-100", "Brigade „Glück auf“ 1", "Revier A", SampleBulletin.f(20_000, 104.2), 0,
						true),
				new EnterpriseTeams.Team("TS", "TS-101", "Brigade 2", "Revier A", SampleBulletin.f(20_000, 97.5), 3, false),
				new EnterpriseTeams.Team("TS", "TS-102", "Brigade 3", "Revier B", SampleBulletin.f(20_000, 100), 0, true)));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new ExcelBulletinWriter().write(SampleBulletin.edition(), teams, TestTexts.english(), bytes);
		try (XSSFWorkbook enterprise = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
			Sheet all = enterprise.getSheet("All teams");
			assertThat(all.getLastRowNum()).isEqualTo(3);
			assertThat(all.getRow(2).getCell(1).getStringCellValue()).isEqualTo("TS-101");
			assertThat(all.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(97.5);
			assertThat(all.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(3);
			assertThat(all.getRow(2).getCell(6).getStringCellValue()).isEqualTo("no");
			Sheet headline = enterprise.getSheet("Headline");
			Row striving = null;
			for (Row row : headline) {
				if (row.getCell(0).getStringCellValue().startsWith("Teams striving")) {
					striving = row;
				}
			}
			assertThat(striving).isNotNull();
			assertThat(striving.getCell(1).getNumericCellValue()).isEqualTo(2);
		}
		assertThat(sheetNames()).doesNotContain("All teams");
	}

	@Test
	void everySheetPrintsLandscapeOnePageWideWithItsHeaderOnEveryPage() {
		for (Sheet sheet : workbook) {
			XSSFSheet printed = (XSSFSheet) sheet;
			assertThat(printed.getFitToPage()).as(sheet.getSheetName()).isTrue();
			assertThat(printed.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
			assertThat(printed.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(printed.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
			assertThat(printed.getPrintSetup().getFitHeight()).as(sheet.getSheetName()).isZero();
			assertThat(printed.getRepeatingRows()).as(sheet.getSheetName()).isEqualTo(CellRangeAddress.valueOf("1:1"));
			assertThat(printed.getRepeatingColumns()).as(sheet.getSheetName()).isNull();
		}
	}

	@Test
	void everySheetsFooterNamesTheMonthTheSheetAndThePageOfAllPages() {
		for (Sheet sheet : workbook) {
			Footer footer = sheet.getFooter();
			assertThat(footer.getLeft()).isEqualTo("September 1959");
			assertThat(footer.getCenter()).isEqualTo(sheet.getSheetName());
			assertThat(footer.getRight()).isEqualTo("Page &P of &N");
		}
	}

	@Test
	void aGermanBulletinsFooterIsGermanWhileItsSheetNamesStayAsSpecified() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new ExcelBulletinWriter().write(SampleBulletin.edition(), TestTexts.german(), bytes);
		try (XSSFWorkbook german = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
			Footer footer = german.getSheet("Teams needing help").getFooter();
			assertThat(footer.getLeft()).isEqualTo("September 1959");
			assertThat(footer.getCenter()).isEqualTo("Teams needing help");
			assertThat(footer.getRight()).isEqualTo("Seite &P von &N");
		}
	}

	@Test
	void aCountrysYearChartDrawsItsTopLevelUnitsWhileTheMatrixHoldsEveryEnterprise() throws IOException {
		List<FulfilmentSeries> series = new ArrayList<>();
		for (int k = 1; k <= 2; k++) {
			series.add(new FulfilmentSeries(new Enterprise("K" + k, "Combine " + k, EnterpriseKind.COMBINE, null),
					List.of(new MonthFulfilment(YearMonth.of(1959, 9), SampleBulletin.f(100, 99 + k)))));
		}
		for (int u = 1; u <= YearChart.MAX_LINES; u++) {
			series.add(new FulfilmentSeries(new Enterprise("U" + u, "Unit " + u, EnterpriseKind.MINE, "K" + (1 + u % 2)),
					List.of(new MonthFulfilment(YearMonth.of(1959, 9), SampleBulletin.f(100, 90 + u)))));
		}
		MonthlyFigures figures = new MonthlyFigures(YearMonth.of(1959, 9),
				new Headline(SampleBulletin.f(100, 101), SampleBulletin.f(100, 70), 0, 0, 0, 0, 0, 0, 0, 0, 0), List.of(),
				series, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
		try (XSSFWorkbook country = readBack(new BulletinEdition(figures, "all enterprises", "v", 1,
				LocalDateTime.of(1959, 10, 8, 6, 30)), "bulletin-country-chart.xlsx")) {
			XSSFSheet sheet = country.getSheet("Fulfilment by month");
			assertThat(sheet.getLastRowNum()).isEqualTo(series.size());
			var chart = sheet.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0);
			assertThat(chart.getSeriesCount()).isEqualTo(2);
			// the second combine's line points at its own row of the matrix, the third
			assertThat(chart.getSeries(1).getValuesData().getDataRangeReference()).contains("$C$3");
		}
	}

	@Test
	void percentagesAreExactNumbersShownWithOneDecimal() {
		Row thaelmann = rowWithText("Ranking", 1, "TS");
		Cell fulfilment = thaelmann.getCell(6);
		assertThat(fulfilment.getCellType()).isEqualTo(CellType.NUMERIC);
		// the cell keeps 86.25; its format shows it rounded half up, as in the PDF
		assertThat(fulfilment.getNumericCellValue()).isEqualTo(86.25);
		assertThat(fulfilment.getCellStyle().getDataFormatString()).isEqualTo("0.0");
		assertThat(new DataFormatter().formatCellValue(fulfilment)).isEqualTo("86.3");
		Row critical = rowWithText("Teams needing help", 1, "KH-903");
		assertThat(critical.getCell(4).getNumericCellValue()).isEqualTo(81.94);
		assertThat(new DataFormatter().formatCellValue(critical.getCell(4))).isEqualTo("81.9");
		assertThat(critical.getCell(7).getNumericCellValue()).isEqualTo(-4.4);
	}

	@Test
	void aPercentJustBelowALineKeepsItsExactValueAndShowsTwoDecimals() throws IOException {
		Enterprise mine = new Enterprise("NEAR", "Near the line", EnterpriseKind.MINE, null);
		// 9996 / 10000 = 99.96 % this month; 899.6 / 1000 = 89.96 % of the annual plan
		Fulfilment month = new Fulfilment(new BigDecimal("10000"), new BigDecimal("9996"));
		Fulfilment yearToDate = new Fulfilment(new BigDecimal("1000"), new BigDecimal("899.6"));
		MonthlyFigures figures = new MonthlyFigures(YearMonth.of(1959, 9),
				new Headline(month, yearToDate, 1, 0, 0, 0, 0, 0, 0, 0, 0),
				List.of(new RankingRow(1, 0, mine, month, yearToDate, null)), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
		try (XSSFWorkbook near = readBack(new BulletinEdition(figures, "all enterprises", "submissions loaded up to #1",
				1, LocalDateTime.of(1959, 10, 8, 6, 30)), "bulletin-near-line.xlsx")) {
			Row row = near.getSheet("Ranking").getRow(1);
			assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(99.96);
			assertThat(row.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.00");
			assertThat(new DataFormatter().formatCellValue(row.getCell(6))).isEqualTo("99.96");
			assertThat(new DataFormatter().formatCellValue(row.getCell(7))).isEqualTo("89.96");
		}
	}

	@Test
	void valuesAndCountsAreNumericCells() {
		Row thaelmann = rowWithText("Ranking", 1, "TS");
		assertThat(thaelmann.getCell(0).getNumericCellValue()).isEqualTo(6);
		assertThat(thaelmann.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(thaelmann.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
		assertThat(rowWithText("Teams needing help", 1, "KH-903").getCell(6).getNumericCellValue()).isEqualTo(3);
	}

	@Test
	void undefinedFulfilmentShowsNotAvailableAndUnrankedRankIsBlank() {
		Row krughuette = rowWithText("Ranking", 1, "KH");
		assertThat(krughuette.getCell(0)).satisfiesAnyOf(cell -> assertThat(cell).isNull(),
				cell -> assertThat(cell.getCellType()).isEqualTo(CellType.BLANK));
		assertThat(krughuette.getCell(6).getStringCellValue()).isEqualTo("n/a");
	}

	@Test
	void formulaLikeTeamNamesStayText() {
		List<String> names = new ArrayList<>();
		for (Row row : workbook.getSheet("Teams needing help")) {
			Cell code = row.getCell(1);
			Cell name = row.getCell(2);
			assertThat(code.getCellType()).isEqualTo(CellType.STRING);
			assertThat(name.getCellType()).isEqualTo(CellType.STRING);
			names.add(name.getStringCellValue());
		}
		assertThat(names).contains(SampleBulletin.FORMULA_TEAM, "+1", "-2", "@x");
		Row formulaTeam = rowWithText("Teams needing help", 2, SampleBulletin.FORMULA_TEAM);
		assertThat(formulaTeam.getCell(1).getStringCellValue()).isEqualTo("=1+1");
		assertThat(formulaTeam.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
	}

	@Test
	void everyTableSheetHasAFrozenHeaderAndAnAutofilter() {
		for (Sheet sheet : workbook) {
			assertThat(sheet.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
			assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
			assertThat(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName()).isTrue();
		}
	}

	@Test
	void bandsAreColouredByConditionalFormatting() {
		assertThat(workbook.getSheet("Teams needing help").getSheetConditionalFormatting().getNumConditionalFormattings())
			.isPositive();
		assertThat(workbook.getSheet("Ranking").getSheetConditionalFormatting().getNumConditionalFormattings())
			.isPositive();
	}

	@Test
	void fulfilmentByMonthIsAMatrixWithALineChart() {
		XSSFSheet sheet = workbook.getSheet("Fulfilment by month");
		assertThat(header("Fulfilment by month")).startsWith("Enterprise code", "Enterprise", "1959-01 %")
			.endsWith("1959-09 %");
		Row thaelmann = rowWithText("Fulfilment by month", 0, "TS");
		assertThat(thaelmann.getCell(2).getNumericCellValue()).isEqualTo(104.0);
		assertThat(thaelmann.getCell(10).getNumericCellValue()).isEqualTo(86.25);
		assertThat(new DataFormatter().formatCellValue(thaelmann.getCell(10))).isEqualTo("86.3");
		assertThat(rowWithText("Fulfilment by month", 0, "KH").getCell(10).getStringCellValue()).isEqualTo("n/a");
		assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
		assertThat(sheet.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0).getSeriesCount())
			.isEqualTo(8);
	}

	@Test
	void receivedIsADateTimeCell() {
		Cell received = rowWithText("Submissions", 0, "OB").getCell(3);
		assertThat(received.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(received.getLocalDateTimeCellValue()).isEqualTo("1959-10-07T09:41");
		assertThat(received.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
		assertThat(rowWithText("Submissions", 0, "KH").getCell(1).getStringCellValue()).isEqualTo("MISSING");
	}

	@Test
	void aQuietMonthStillHasEveryHeader() throws IOException {
		try (XSSFWorkbook quiet = readBack(SampleBulletin.quietEdition(), "bulletin-quiet.xlsx")) {
			assertThat(quiet.getSheet("Teams needing help").getLastRowNum()).isZero();
			assertThat(quiet.getSheet("Teams needing help").getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("Enterprise code");
		}
	}

	@Test
	void aPartialMonthOpensOnTheNoticeAndMarksTheRankingPreliminary() throws IOException {
		try (XSSFWorkbook partial = readBack(OctoberSoFar.edition(OctoberSoFar.onlyObsReported()),
				"bulletin-partial.xlsx")) {
			XSSFSheet headline = partial.getSheet("Headline");
			assertThat(partial.getActiveSheetIndex()).isEqualTo(partial.getSheetIndex(headline));
			assertThat(value(headline, "Notice")).startsWith("Preliminary: 5 of 6 submissions are missing for October 1959")
				.contains("ABH August-Bebel-Hütte", "THAE Thälmann-Schacht");
			assertThat(value(headline, "Ranking")).isEqualTo("preliminary");
			XSSFSheet ranking = partial.getSheet("Ranking");
			assertThat(ranking.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Rank");
			assertThat(ranking.getRow(0).getCell(0).getCellComment().getString().getString())
				.startsWith("Preliminary: 5 of 6");
			assertThat(ranking.getRow(1).getCell(1).getStringCellValue()).isEqualTo("BBM");
		}
	}

	@Test
	void aMonthWithoutDataSaysSoAndRanksNothing() throws IOException {
		try (XSSFWorkbook empty = readBack(OctoberSoFar.edition(OctoberSoFar.nobodyReported()),
				"bulletin-no-data.xlsx")) {
			XSSFSheet headline = empty.getSheet("Headline");
			assertThat(value(headline, "Notice")).startsWith("No data for October 1959");
			assertThat(value(headline, "Ranking")).startsWith("none");
			List<String> figures = new ArrayList<>();
			headline.forEach(row -> figures.add(row.getCell(0).getStringCellValue()));
			assertThat(figures).doesNotContain("Teams needing help", "Enterprises at or above plan", "Hidden laggards");
			assertThat(empty.getSheet("Ranking").getLastRowNum()).isZero();
			assertThat(empty.getSheet("Teams needing help").getLastRowNum()).isZero();
		}
	}

	@Test
	void aCompleteMonthHasNoNotice() throws IOException {
		try (XSSFWorkbook quiet = readBack(SampleBulletin.quietEdition(), "bulletin-quiet-notice.xlsx")) {
			assertThat(value(quiet.getSheet("Headline"), "Notice")).isNull();
			assertThat(value(quiet.getSheet("Headline"), "Ranking")).startsWith("complete");
			assertThat(quiet.getSheet("Ranking").getRow(0).getCell(0).getCellComment()).isNull();
			assertThat(quiet.getActiveSheetIndex()).isZero();
		}
	}

	private static String value(Sheet sheet, String figure) {
		for (Row row : sheet) {
			if (figure.equals(row.getCell(0).getStringCellValue())) {
				return row.getCell(1).getStringCellValue();
			}
		}
		return null;
	}

	private static XSSFWorkbook readBack(BulletinEdition edition, String file) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new ExcelBulletinWriter().write(edition, TestTexts.english(), bytes);
		Path target = Path.of("target", file);
		Files.createDirectories(target.getParent());
		try (OutputStream copy = Files.newOutputStream(target)) {
			bytes.writeTo(copy);
		}
		return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
	}

	private static List<String> sheetNames() {
		List<String> names = new ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		return names;
	}

	private static List<String> header(String sheet) {
		List<String> titles = new ArrayList<>();
		workbook.getSheet(sheet).getRow(0).forEach(cell -> titles.add(cell.getStringCellValue()));
		return titles;
	}

	private static Row rowWithText(String sheet, int column, String text) {
		for (Row row : workbook.getSheet(sheet)) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("No row with " + text + " in " + sheet);
	}

}
