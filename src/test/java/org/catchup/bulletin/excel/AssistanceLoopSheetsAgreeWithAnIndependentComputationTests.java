package org.catchup.bulletin.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.catchup.bulletin.BulletinEdition;
import org.catchup.figures.AnnualPlanValue;
import org.catchup.figures.Enterprise;
import org.catchup.figures.EnterpriseKind;
import org.catchup.figures.FiguresCalculator;
import org.catchup.figures.FiguresInput;
import org.catchup.figures.MonthlyFigures;
import org.catchup.figures.RegisteredAssistance;
import org.catchup.figures.SubmissionFact;
import org.catchup.figures.TeamIndicatorMonth;
import org.catchup.i18n.TestTexts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Excel bulletin's Catch-up outlook, Assistance results and Teams to learn from, computed by
 * the product from a generated combine, agree to 0.1 with SPEC §6a–§6c computed again from the
 * same raw quantities by {@link IndependentAssistanceLoop}.
 */
class AssistanceLoopSheetsAgreeWithAnIndependentComputationTests {

	private static final double TOLERANCE = 0.1;

	private static final long SEED = 19610901L;

	private static GeneratedCombine data;

	private static IndependentAssistanceLoop expected;

	private static XSSFWorkbook workbook;

	@BeforeAll
	static void computeBothWays() throws IOException {
		data = new GeneratedCombine(SEED);
		expected = new IndependentAssistanceLoop(data, GeneratedCombine.MONTH);
		MonthlyFigures figures = new FiguresCalculator().calculate(input(data));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new ExcelBulletinWriter().write(new BulletinEdition(figures, "all enterprises", "submissions loaded up to #1", 1,
				LocalDateTime.of(1961, 10, 8, 6, 30)), TestTexts.english(), bytes);
		Path copy = Path.of("target", "bulletin-generated-combine.xlsx");
		Files.createDirectories(copy.getParent());
		try (OutputStream out = Files.newOutputStream(copy)) {
			bytes.writeTo(out);
		}
		workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
	}

	@Test
	void everyOutlookRowAgrees() {
		Map<String, Row> rows = rowsBy("Catch-up outlook", List.of("Enterprise code", "Enterprise", "Parent code",
				"YTD % of annual plan", "Pace needed %", "Forecast %", "Outlook"), 0);
		List<IndependentAssistanceLoop.Outlook> outlooks = expected.outlooks();
		assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(
				outlooks.stream().map(IndependentAssistanceLoop.Outlook::code).toList());
		for (IndependentAssistanceLoop.Outlook outlook : outlooks) {
			Row row = rows.get(outlook.code());
			String where = "Catch-up outlook, " + outlook.code();
			assertThat(text(row, 1)).as(where).isEqualTo(outlook.name());
			assertThat(text(row, 2)).as(where).isEqualTo(outlook.parentCode() == null ? "" : outlook.parentCode());
			assertPercent(row, 3, outlook.yearToDate(), where + ", YTD");
			assertPercent(row, 4, outlook.paceNeeded(), where + ", pace needed");
			assertPercent(row, 5, outlook.forecast(), where + ", forecast");
			assertThat(text(row, 6)).as(where + ", outlook").isEqualTo(outlook.word());
		}
	}

	@Test
	void everyAssistanceResultAgrees() {
		Map<String, Row> rows = rowsBy("Assistance results", List.of("Helped enterprise code", "Helped team code",
				"Helper enterprise code", "Helper team code", "From", "Months of help", "Helped before %",
				"Helped now %", "Helper before %", "Helper now %", "Outcome"), 0, 1, 2, 3, 4);
		List<IndependentAssistanceLoop.Result> results = expected.results();
		assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(results.stream()
			.map(result -> String.join("|", result.helpedEnterprise(), result.helpedTeam(), result.helperEnterprise(),
					result.helperTeam(), result.from()))
			.toList());
		for (IndependentAssistanceLoop.Result result : results) {
			String key = String.join("|", result.helpedEnterprise(), result.helpedTeam(), result.helperEnterprise(),
					result.helperTeam(), result.from());
			Row row = rows.get(key);
			String where = "Assistance results, " + key;
			assertThat(row.getCell(5).getNumericCellValue()).as(where + ", months of help")
				.isEqualTo(result.monthsOfHelp());
			assertPercent(row, 6, result.helpedBefore(), where + ", helped before");
			assertPercent(row, 7, result.helpedNow(), where + ", helped now");
			assertPercent(row, 8, result.helperBefore(), where + ", helper before");
			assertPercent(row, 9, result.helperNow(), where + ", helper now");
			assertThat(text(row, 10)).as(where + ", outcome").isEqualTo(result.outcome());
		}
	}

	@Test
	void everyTeamToLearnFromAgrees() {
		Map<String, Row> rows = rowsBy("Teams to learn from",
				List.of("Main indicator", "Rank", "Enterprise code", "Team code", "Team", "Mean fulfilment %"), 0, 1);
		List<IndependentAssistanceLoop.Model> models = expected.models();
		assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(
				models.stream().map(model -> model.indicator() + "|" + model.rank()).toList());
		for (IndependentAssistanceLoop.Model model : models) {
			Row row = rows.get(model.indicator() + "|" + model.rank());
			String where = "Teams to learn from, " + model.indicator() + " rank " + model.rank();
			assertThat(text(row, 2)).as(where + ", enterprise").isEqualTo(model.enterpriseCode());
			assertThat(text(row, 3)).as(where + ", team").isEqualTo(model.teamCode());
			assertThat(text(row, 4)).as(where + ", team name").isEqualTo(model.teamName());
			assertPercent(row, 5, model.mean(), where + ", mean");
		}
	}

	/** The generated data must reach every branch the sheets are checked on, else agreeing proves little. */
	@Test
	void theGeneratedCombineExercisesEveryCase() {
		assertThat(expected.outlooks().stream().map(IndependentAssistanceLoop.Outlook::word))
			.contains("met", "on track", "reachable", "out of reach");
		assertThat(expected.outlooks()).anySatisfy(outlook -> assertThat(outlook.forecast()).isNotNull())
			.anySatisfy(outlook -> assertThat(outlook.paceNeeded()).isZero());
		List<IndependentAssistanceLoop.Result> results = expected.results();
		assertThat(results.stream().map(IndependentAssistanceLoop.Result::outcome).map(o -> o.split(";")[0]))
			.contains("caught up", "improving", "not yet");
		assertThat(results).anySatisfy(result -> assertThat(result.outcome()).endsWith("; helper slipped"))
			.anySatisfy(result -> assertThat(result.from()).isEqualTo("1961-01"))
			.anySatisfy(result -> assertThat(result.helpedBefore()).isNull())
			.anySatisfy(result -> assertThat(result.helperEnterprise()).isNotEqualTo(result.helpedEnterprise()))
			.noneSatisfy(result -> assertThat(result.from()).isIn("1961-03", "1961-10"));
		assertThat(expected.candidatesPerIndicator().values()).anySatisfy(count -> assertThat(count).isGreaterThan(5));
		List<IndependentAssistanceLoop.Model> models = expected.models();
		Set<String> means = new TreeSet<>();
		List<String> tied = new ArrayList<>();
		for (IndependentAssistanceLoop.Model model : models) {
			if (!means.add(model.indicator() + model.mean())) {
				tied.add(model.enterpriseCode() + "/" + model.teamCode());
			}
		}
		assertThat(tied).as("teams tied on their mean").isNotEmpty();
	}

	private static FiguresInput input(GeneratedCombine data) {
		List<Enterprise> enterprises = data.units.stream()
			.map(unit -> new Enterprise(unit.code(), unit.name(), EnterpriseKind.valueOf(unit.kind()),
					unit.parentCode()))
			.toList();
		List<TeamIndicatorMonth> facts = data.rows.stream()
			.map(row -> new TeamIndicatorMonth(row.period(), row.enterpriseCode(), row.teamCode(), row.teamName(),
					row.section(), row.indicator(), BigDecimal.valueOf(row.planValue()),
					BigDecimal.valueOf(row.actualValue())))
			.toList();
		List<AnnualPlanValue> plans = new ArrayList<>();
		List<SubmissionFact> submissions = new ArrayList<>();
		data.annualPlans.forEach((code, value) -> {
			plans.add(new AnnualPlanValue(code, GeneratedCombine.MONTH.getYear(), BigDecimal.valueOf(value)));
			submissions.add(new SubmissionFact(code, GeneratedCombine.MONTH, 1, LocalDateTime.of(1961, 10, 3, 9, 0),
					false, null));
		});
		List<RegisteredAssistance> register = data.register.stream()
			.map(pair -> new RegisteredAssistance(pair.helperEnterprise(), pair.helperTeam(), pair.helpedEnterprise(),
					pair.helpedTeam(), pair.from(), pair.to(), null))
			.toList();
		return new FiguresInput(GeneratedCombine.MONTH, enterprises, facts, plans, submissions, List.of(),
				LocalDate.of(1961, 10, 5), 2, register, null);
	}

	/** The sheet's rows below its header (checked against SPEC §7), keyed by the given columns. */
	private static Map<String, Row> rowsBy(String name, List<String> header, int... keyColumns) {
		Sheet sheet = workbook.getSheet(name);
		assertThat(sheet).as(name).isNotNull();
		List<String> titles = new ArrayList<>();
		sheet.getRow(0).forEach(cell -> titles.add(cell.getStringCellValue()));
		assertThat(titles).as(name + " header").containsExactlyElementsOf(header);
		Map<String, Row> rows = new HashMap<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			List<String> key = new ArrayList<>();
			for (int column : keyColumns) {
				Cell cell = row.getCell(column);
				key.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf((int) cell.getNumericCellValue())
						: cell.getStringCellValue());
			}
			assertThat(rows.put(String.join("|", key), row)).as(name + " lists " + key + " once").isNull();
		}
		return rows;
	}

	private static String text(Row row, int column) {
		Cell cell = row.getCell(column);
		return cell == null || cell.getCellType() == CellType.BLANK ? "" : cell.getStringCellValue();
	}

	/** A percent column holds the percentage as a number; n/a is an empty cell. */
	private static void assertPercent(Row row, int column, Double expectedPercent, String where) {
		Cell cell = row.getCell(column);
		if (expectedPercent == null) {
			assertThat(cell == null || cell.getCellType() == CellType.BLANK).as(where + " is n/a, an empty cell")
				.isTrue();
			return;
		}
		assertThat(cell).as(where).isNotNull();
		assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
		assertThat(cell.getNumericCellValue()).as(where).isCloseTo(expectedPercent, within(TOLERANCE));
	}

}
