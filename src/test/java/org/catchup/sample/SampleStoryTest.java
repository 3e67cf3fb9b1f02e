package org.catchup.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.catchup.sample.SampleWorkbooks.Line;
import org.catchup.sample.SampleWorkbooks.Reference;
import org.catchup.sample.SampleWorkbooks.Submission;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the committed {@code sample-input/} back and recomputes the story of the September
 * 1959 bulletin with plain arithmetic (SPEC §6), independent of the generator.
 */
class SampleStoryTest {

	static final Path ROOT = Paths.get(System.getProperty("basedir", "."), "sample-input");
	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	static final List<String> UNITS = List.of("KLH", "ABH", "FORT", "THAE", "OBS", "NRB");

	static Reference reference;
	/** month (1..9) -> unit code -> submission */
	static Map<Integer, Map<String, Submission>> months = new TreeMap<>();

	@BeforeAll
	static void readSamples() throws IOException {
		reference = SampleWorkbooks.reference(ROOT.resolve("reference-data.xlsx"));
		for (int month = 1; month <= 9; month++) {
			Map<String, Submission> byUnit = new LinkedHashMap<>();
			for (String unit : UNITS) {
				String period = String.format("1959-%02d", month);
				Path file = ROOT.resolve("submissions").resolve(period).resolve(unit + "-" + period + ".xlsx");
				byUnit.put(unit, SampleWorkbooks.submission(file));
			}
			months.put(month, byUnit);
		}
	}

	// ------------------------------------------------------------ arithmetic (SPEC §6)

	static BigDecimal value(Line line, boolean plan) {
		return (plan ? line.plan() : line.actual()).multiply(reference.prices().get(line.indicator()));
	}

	static BigDecimal total(List<Line> lines, boolean plan) {
		return lines.stream().map(l -> value(l, plan)).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** A unit's own code, or the units whose parent is the given combine. */
	static List<String> members(String code) {
		List<String> children = reference.parents().entrySet().stream().filter(e -> e.getValue().equals(code))
				.map(Map.Entry::getKey).toList();
		return children.isEmpty() ? List.of(code) : children;
	}

	static List<Line> lines(String code, int month) {
		List<Line> lines = new ArrayList<>();
		for (String unit : members(code)) {
			lines.addAll(months.get(month).get(unit).lines());
		}
		return lines;
	}

	static BigDecimal fulfilment(String code, int month) {
		List<Line> lines = lines(code, month);
		return SampleWorkbooks.percent(total(lines, false), total(lines, true));
	}

	static BigDecimal ytd(String code, int month) {
		BigDecimal actual = BigDecimal.ZERO;
		for (int m = 1; m <= month; m++) {
			actual = actual.add(total(lines(code, m), false));
		}
		BigDecimal annual = BigDecimal.ZERO;
		for (String unit : members(code)) {
			for (Map.Entry<String, BigDecimal> entry : reference.annualPlan().get(unit).entrySet()) {
				annual = annual.add(entry.getValue().multiply(reference.prices().get(entry.getKey())));
			}
		}
		return SampleWorkbooks.percent(actual, annual);
	}

	/** team code -> team fulfilment of one unit's month */
	static Map<String, BigDecimal> teams(String unit, int month) {
		Map<String, List<Line>> byTeam = months.get(month).get(unit).lines().stream()
				.collect(Collectors.groupingBy(Line::teamCode, LinkedHashMap::new, Collectors.toList()));
		Map<String, BigDecimal> result = new LinkedHashMap<>();
		byTeam.forEach((team, lines) -> result.put(team, SampleWorkbooks.percent(total(lines, false), total(lines, true))));
		return result;
	}

	static String teamCode(String unit, String teamName) {
		return months.get(9).get(unit).lines().stream().filter(l -> l.teamName().equals(teamName)).findFirst()
				.orElseThrow().teamCode();
	}

	static BigDecimal pct(String text) {
		return new BigDecimal(text);
	}

	// ------------------------------------------------------------ the files

	@Test
	void everyUnitSubmitsEveryMonthWithMatchingTitleBlock() {
		months.forEach((month, byUnit) -> byUnit.forEach((unit, submission) -> {
			assertThat(submission.enterprise()).as("enterprise of %s %d", unit, month).isEqualTo(unit);
			assertThat(submission.period()).isEqualTo(YearMonth.of(1959, month));
			assertThat(submission.sheetName()).isIn("Report", "Bericht");
			assertThat(reference.parents()).containsKey(unit);
			assertThat(submission.lines()).allSatisfy(line -> {
				assertThat(reference.prices()).containsKey(line.indicator());
				assertThat(line.plan()).isNotNegative();
				assertThat(line.actual()).isNotNegative();
			});
			// one row per (team, indicator)
			assertThat(submission.lines().stream().map(l -> l.teamCode() + "/" + l.indicator()).distinct().count())
					.isEqualTo(submission.lines().size());
		}));
		assertThat(reference.prices().values()).allSatisfy(price -> assertThat(price).isPositive());
	}

	@Test
	void totalsRowsAddUpAndSomeNumbersAreUnambiguousText() throws IOException {
		int totals = 0;
		int textRows = 0;
		for (Map<String, Submission> byUnit : months.values()) {
			for (Submission submission : byUnit.values()) {
				if (submission.totalPlan() != null) {
					totals++;
					BigDecimal plan = submission.lines().stream().map(Line::plan).reduce(BigDecimal.ZERO, BigDecimal::add);
					BigDecimal actual = submission.lines().stream().map(Line::actual).reduce(BigDecimal.ZERO, BigDecimal::add);
					assertThat(submission.totalPlan().subtract(plan).abs()).isLessThanOrEqualTo(new BigDecimal("0.5"));
					assertThat(submission.totalActual().subtract(actual).abs()).isLessThanOrEqualTo(new BigDecimal("0.5"));
				}
				textRows += (int) submission.lines().stream().filter(Line::textNumber).count();
			}
		}
		assertThat(totals).as("files with a Total/Summe row").isGreaterThanOrEqualTo(9);
		assertThat(textRows).as("rows with a number typed as text").isGreaterThan(0)
				.isEqualTo(Files.readAllLines(ROOT.resolve("expected").resolve("number-as-text.csv")).size() - 1);
		assertThat(SampleWorkbooks.parse("1.234,5")).isEqualByComparingTo("1234.5");
		assertThat(SampleWorkbooks.parse("81,9")).isEqualByComparingTo("81.9");
		assertThatThrownBy(() -> SampleWorkbooks.parse("1,234")).hasMessageContaining("ambiguous");
	}

	// ------------------------------------------------------------ the story

	@Test
	void yearToDateInSeptember() {
		assertThat(ytd("HKWP", 9)).isEqualByComparingTo("80.0");
		assertThat(ytd("FORT", 9)).isEqualByComparingTo("81.9");
		assertThat(ytd("THAE", 9)).isEqualByComparingTo("76.7");
	}

	@Test
	void ottoBrosowskiFellBehindAndRecovered() {
		assertThat(fulfilment("OBS", 7)).isEqualByComparingTo("70.0");
		assertThat(fulfilment("OBS", 8)).isEqualByComparingTo("80.0");
		assertThat(fulfilment("OBS", 9)).isGreaterThanOrEqualTo(HUNDRED);
		// the pioneer: top of all units January..April, below plan May..August
		for (int month = 1; month <= 4; month++) {
			for (String unit : UNITS) {
				if (!unit.equals("OBS")) {
					assertThat(fulfilment("OBS", month)).as("OBS leads in %d over %s", month, unit)
							.isGreaterThan(fulfilment(unit, month));
				}
			}
		}
		for (int month = 5; month <= 8; month++) {
			assertThat(fulfilment("OBS", month)).isLessThan(HUNDRED);
		}
	}

	@Test
	void ottoBrosowskiHas35CopperTeams30InTheStriving() {
		for (int month = 1; month <= 9; month++) {
			List<Line> lines = months.get(month).get("OBS").lines();
			assertThat(lines).extracting(Line::indicator).containsOnly("CU");
			assertThat(lines.stream().map(Line::teamCode).distinct().count()).isEqualTo(35);
			long striving = lines.stream().filter(l -> Set.of("ja", "yes", "x").contains(l.striving().toLowerCase())).count();
			assertThat(striving).isEqualTo(30);
			assertThat(lines).filteredOn(l -> !Set.of("ja", "yes", "x").contains(l.striving().toLowerCase()))
					.extracting(Line::striving).allMatch(s -> s.isEmpty() || s.equalsIgnoreCase("nein"));
		}
	}

	@Test
	void balviMetPlanWithHeidikesHelp() {
		String balvi = teamCode("OBS", "Balvi");
		String heidikeUnit = Stream.of("FORT", "NRB")
				.filter(u -> months.get(9).get(u).lines().stream().anyMatch(l -> l.teamName().equals("Heidike")))
				.findFirst().orElseThrow();
		String heidike = teamCode(heidikeUnit, "Heidike");
		for (int month = 1; month <= 9; month++) {
			BigDecimal b = teams("OBS", month).get(balvi);
			if (month <= 7) {
				assertThat(b).as("Balvi in %d", month).isBetween(BigDecimal.valueOf(80), BigDecimal.valueOf(90));
			} else {
				assertThat(b).as("Balvi in %d", month).isGreaterThanOrEqualTo(HUNDRED);
			}
			assertThat(teams(heidikeUnit, month).get(heidike)).as("Heidike in %d", month)
					.isGreaterThanOrEqualTo(BigDecimal.valueOf(105));
			List<Line> heidikeLines = months.get(month).get(heidikeUnit).lines().stream()
					.filter(l -> l.teamCode().equals(heidike)).toList();
			assertThat(heidikeLines).extracting(Line::indicator).containsOnly("CU");
			if (month >= 8) {
				assertThat(heidikeLines).anyMatch(l -> l.remarks().contains("hilft Brigade Balvi (Otto-Brosowski-Schacht)"));
			} else {
				assertThat(heidikeLines).noneMatch(l -> l.remarks().contains("Balvi"));
			}
		}
	}

	@Test
	void literWentFromBehindToAhead() {
		String liter = teamCode("OBS", "Liter");
		assertThat(teams("OBS", 1).get(liter)).isLessThan(HUNDRED);
		assertThat(teams("OBS", 9).get(liter)).isGreaterThanOrEqualTo(HUNDRED);
	}

	@Test
	void aGoodTotalHidesTeamsBelowPlan() {
		assertThat(fulfilment("NRB", 9)).isEqualByComparingTo("103.0");
		assertThat(teams("NRB", 9).values()).filteredOn(p -> p.compareTo(HUNDRED) < 0).hasSize(2);
	}

	@Test
	void expectedFiguresFileMatchesTheWorkbooks() throws IOException {
		List<String> rows = Files.readAllLines(ROOT.resolve("expected").resolve("figures.csv"), StandardCharsets.UTF_8);
		assertThat(rows.get(0)).startsWith("enterprise_code;period;plan_value;actual_value;fulfilment_pct;ytd_pct_of_annual_plan");
		assertThat(rows).hasSize(1 + 8 * 9);
		for (String row : rows.subList(1, rows.size())) {
			String[] f = row.split(";");
			int month = Integer.parseInt(f[1].substring(5));
			assertThat(pct(f[4])).as(row).isEqualByComparingTo(fulfilment(f[0], month));
			assertThat(pct(f[5])).as(row).isEqualByComparingTo(ytd(f[0], month));
		}
	}

	@Test
	void readmeShowsTheSeptemberFigures() throws IOException {
		List<String[]> septemberTable = Files.readAllLines(ROOT.resolve("README.md")).stream()
				.map(l -> l.replace("**", "").split("\\|", -1)).filter(cells -> cells.length == 9).toList();
		for (String code : List.of("HKWP", "KLH", "ABH", "BBM", "FORT", "THAE", "OBS", "NRB")) {
			String[] row = septemberTable.stream().filter(cells -> cells[1].trim().split(" ")[0].equals(code)).findFirst()
					.orElseThrow(() -> new AssertionError("README has no September row for " + code));
			assertThat(pct(row[4].trim())).as("README Sep %s", code).isEqualByComparingTo(fulfilment(code, 9));
			assertThat(pct(row[5].trim())).as("README YTD %s", code).isEqualByComparingTo(ytd(code, 9));
		}
	}

	// ------------------------------------------------------------ the broken files

	@Test
	void brokenFilesCarryTheirDefectsAndDoNotReplaceGoodOnes() throws IOException {
		Path broken = ROOT.resolve("broken");
		Submission unknown = SampleWorkbooks.submissionLenient(broken.resolve("BROKEN-unknown-indicator.xlsx"));
		assertThat(unknown.period()).isEqualTo(YearMonth.of(1959, 9));
		assertThat(unknown.lines()).anyMatch(l -> l.indicator().equals("KUPFR"));

		Submission ambiguous = SampleWorkbooks.submissionLenient(broken.resolve("BROKEN-ambiguous-and-negative.xlsx"));
		assertThat(ambiguous.period()).isEqualTo(YearMonth.of(1959, 9));
		assertThat(SampleWorkbooks.rawCells(broken.resolve("BROKEN-ambiguous-and-negative.xlsx")))
				.containsEntry("F13", "1,234").containsEntry("E15", "-120");

		Submission mismatch = SampleWorkbooks.submission(broken.resolve("BROKEN-total-mismatch.xlsx"));
		BigDecimal actual = mismatch.lines().stream().map(Line::actual).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(mismatch.totalActual().subtract(actual).abs()).isGreaterThan(new BigDecimal("0.5"));

		byte[] odt = Files.readAllBytes(broken.resolve("BROKEN-unsupported-format.odt"));
		assertThat(new String(odt, 30, 8 + 39, StandardCharsets.US_ASCII))
				.isEqualTo("mimetypeapplication/vnd.oasis.opendocument.text");

		List<String> expected = Files.readAllLines(ROOT.resolve("expected").resolve("broken-problems.csv"));
		assertThat(expected).contains(
				"BROKEN-unknown-indicator.xlsx;KLH;1959-09;UNKNOWN_INDICATOR;ERROR;Report!D9;KUPFR",
				"BROKEN-ambiguous-and-negative.xlsx;FORT;1959-09;AMBIGUOUS_NUMBER;ERROR;Bericht!F13;1,234",
				"BROKEN-ambiguous-and-negative.xlsx;FORT;1959-09;NEGATIVE_NUMBER;ERROR;Bericht!E15;-120");
		assertThat(expected).anyMatch(l -> l.startsWith("BROKEN-total-mismatch.xlsx;ABH;1959-09;TOTAL_MISMATCH;ERROR;Bericht!F15;"));
		assertThat(expected).anyMatch(l -> l.startsWith("BROKEN-unsupported-format.odt;OBS;1959-09;UNSUPPORTED_FORMAT;ERROR"));
		// their own names: none of them sits among the good submissions
		try (Stream<Path> files = Files.list(broken)) {
			assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.startsWith("BROKEN-"));
		}
	}

}
