package org.catchup.sample;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the sample input of the Mansfeld 1959 story: the reference workbook, 54 monthly
 * submissions (six units, January to September) and a few deliberately broken files.
 * Every story figure is hit by construction and checked before anything is written;
 * the output is deterministic (fixed seeds, fixed document dates).
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java -Dexec.mainClass=org.catchup.sample.SampleInputGenerator
 * -Dexec.classpathScope=test -Dexec.args=sample-input}
 */
public final class SampleInputGenerator {

	static final int YEAR = 1959;
	static final int LAST_MONTH = 9;
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final String[] MONTH_NAMES = { "January", "February", "March", "April", "May", "June", "July",
			"August", "September", "October", "November", "December" };
	/** Working-day weight of each month: plans follow the calendar, not a flat twelfth. */
	private static final double[] MONTH_FACTOR = { 1.00, 0.93, 1.02, 0.98, 0.97, 1.01, 1.03, 1.02, 1.00 };

	// ---------------------------------------------------------------- reference data

	record Indicator(String code, String name, String unit, BigDecimal price, int decimals) {
	}

	static final Indicator CU = new Indicator("CU", "Kupfer im Erz (copper in ore)", "t", new BigDecimal("2400.00"), 0);
	static final Indicator ORE = new Indicator("ORE", "Roherzförderung (crude ore hoisted)", "t", new BigDecimal("18.50"), 1);
	static final Indicator DRIFT = new Indicator("DRIFT", "Streckenvortrieb (drift advance)", "m", new BigDecimal("240.00"), 1);
	static final Indicator RAWCU = new Indicator("RAWCU", "Rohkupfer (raw copper)", "t", new BigDecimal("3600.00"), 0);
	static final Indicator SILVER = new Indicator("SILVER", "Feinsilber (fine silver)", "kg", new BigDecimal("160.00"), 0);
	static final List<Indicator> INDICATORS = List.of(CU, ORE, DRIFT, RAWCU, SILVER);

	enum PeriodForm {
		ISO, SLASH, MONTH_NAME, DATE_CELL
	}

	/** How one unit's clerk lays out the workbook. */
	record Style(boolean german, PeriodForm periodForm, String clerk, boolean totals, boolean formulaTotals,
			boolean textNumbers, boolean teamCodeFirst) {

		String sheetName() {
			return german ? "Bericht" : "Report";
		}
	}

	record Unit(String code, String name, String kind, String parent, Style style) {
	}

	static final String COMBINE_SMELTING = "HKWP";
	static final String COMBINE_MINING = "BBM";
	static final Unit KLH = new Unit("KLH", "Karl-Liebknecht-Hütte", "SMELTER", COMBINE_SMELTING,
			new Style(false, PeriodForm.ISO, "Erika Möller", true, true, false, false));
	static final Unit ABH = new Unit("ABH", "August-Bebel-Hütte", "SMELTER", COMBINE_SMELTING,
			new Style(true, PeriodForm.DATE_CELL, "Heinz Krüger", true, false, false, false));
	static final Unit FORT = new Unit("FORT", "Schacht Fortschritt (Progress)", "MINE", COMBINE_MINING,
			new Style(true, PeriodForm.SLASH, "Gerhard Schulze", false, false, false, false));
	static final Unit THAE = new Unit("THAE", "Thälmann-Schacht", "MINE", COMBINE_MINING,
			new Style(false, PeriodForm.MONTH_NAME, "Ilse Bachmann", false, false, true, true));
	static final Unit OBS = new Unit("OBS", "Otto-Brosowski-Schacht", "MINE", COMBINE_MINING,
			new Style(true, PeriodForm.DATE_CELL, "Walter Franke", false, false, false, false));
	static final Unit NRB = new Unit("NRB", "Schacht Niederröblingen", "MINE", COMBINE_MINING,
			new Style(true, PeriodForm.SLASH, "Ruth Lehmann", true, false, true, false));
	static final List<Unit> UNITS = List.of(KLH, ABH, FORT, THAE, OBS, NRB);

	/** Monthly enterprise fulfilment (%) each unit must show, January..September. */
	static final Map<String, double[]> TARGETS = Map.of(
			"KLH", new double[] { 104.2, 105.1, 105.8, 106.3, 107.0, 107.8, 108.1, 107.6, 108.4 },
			"ABH", new double[] { 103.5, 104.8, 104.9, 105.6, 106.4, 107.1, 106.8, 107.9, 108.2 },
			"FORT", new double[] { 103.9, 104.6, 105.7, 106.2, 108.3, 110.1, 111.4, 112.0, 112.7 },
			"THAE", new double[] { 101.2, 99.8, 102.5, 103.1, 101.7, 100.9, 102.2, 103.0, 104.6 },
			// the pioneer: leads January..April, slips May..August, recovers in September
			"OBS", new double[] { 108.2, 109.5, 110.1, 108.7, 97.4, 88.6, 70.0, 80.0, 101.4 },
			"NRB", new double[] { 102.0, 103.4, 101.8, 104.2, 102.6, 103.9, 102.8, 103.5, 103.0 });

	/** YTD % of the 1959 annual plan in September; the annual plan is tuned to hit it. */
	static final Map<String, Double> YTD_TARGETS = Map.of(COMBINE_SMELTING, 80.0, "FORT", 81.9, "THAE", 76.7);

	// ---------------------------------------------------------------- teams

	record TeamLine(Indicator indicator, int basePlan) {
	}

	record Team(String code, String name, String section, int headcount, String striving, List<TeamLine> lines) {
	}

	/** Fixed team ratios (actual/plan) of the story, by month; null = not fixed that month. */
	static final Map<String, Double[]> STORY_RATIOS = Map.of(
			"OB-17", new Double[] { 0.86, 0.84, 0.88, 0.85, 0.83, 0.82, 0.81, 1.015, 1.048 }, // Balvi
			"OB-23", new Double[] { 0.92, 0.94, 0.95, 0.96, 0.95, 0.93, 0.88, 1.008, 1.042 }, // Liter
			"FS-04", new Double[] { 1.12, 1.13, 1.11, 1.14, 1.12, 1.15, 1.16, 1.18, 1.17 }, // Heidike
			// Niederröblingen's hidden laggards in September
			"NR-02", new Double[] { null, null, null, null, null, null, null, null, 0.964 },
			"NR-05", new Double[] { null, null, null, null, null, null, null, null, 0.981 });

	static final String BALVI = "OB-17";
	static final String LITER = "OB-23";
	static final String HEIDIKE = "FS-04";
	static final String HELP_REMARK = "hilft Brigade Balvi (Otto-Brosowski-Schacht)";

	private static final String[] OBS_NAMES = { "Kaiser", "Hoffmann", "Richter", "Wolf", "Schröder", "Neumann",
			"Schwarz", "Zimmermann", "Braun", "Hartmann", "Lange", "Werner", "Krause", "Meier", "Köhler",
			"Herrmann", "Balvi", "König", "Walter", "Fuchs", "Peters", "Scholz", "Liter", "Weiß", "Jung", "Hahn",
			"Schubert", "Vogel", "Friedrich", "Keller", "Günther", "Winkler", "Roth", "Lorenz", "Baumann" };

	static Map<String, List<Team>> teams() {
		Map<String, List<Team>> teams = new LinkedHashMap<>();
		teams.put("KLH", List.of(
				team("KL-01", "Schulz", "Schachtofen I", 18, "yes", RAWCU, 420),
				team("KL-02", "Dietrich", "Schachtofen I", 17, "yes", RAWCU, 400),
				team("KL-03", "Ebert", "Schachtofen II", 16, "", RAWCU, 380),
				team("KL-04", "Pfeiffer", "Schachtofen II", 19, "yes", RAWCU, 410),
				team("KL-05", "Seidel", "Konverter", 14, "x", RAWCU, 350, SILVER, 900),
				team("KL-06", "Arnold", "Konverter", 13, "no", RAWCU, 330),
				team("KL-07", "Ludwig", "Silberhütte", 11, "yes", SILVER, 1300),
				team("KL-08", "Graf", "Silberhütte", 10, "", SILVER, 1150)));
		teams.put("ABH", List.of(
				team("AB-01", "Thiele", "Schachtofen", 17, "ja", RAWCU, 390),
				team("AB-02", "Busch", "Schachtofen", 18, "ja", RAWCU, 405),
				team("AB-03", "Kühn", "Schachtofen", 16, "nein", RAWCU, 370),
				team("AB-04", "Pohl", "Konverter", 15, "ja", RAWCU, 340, SILVER, 850),
				team("AB-05", "Brandt", "Konverter", 14, "", RAWCU, 320),
				team("AB-06", "Haase", "Entsilberung", 9, "x", SILVER, 1250),
				team("AB-07", "Sommer", "Entsilberung", 10, "ja", SILVER, 1100)));
		teams.put("FORT", List.of(
				team("FS-01", "Grünert", "Revier 1", 21, "ja", CU, 78),
				team("FS-02", "Hesse", "Revier 1", 19, "ja", CU, 72, ORE, 3100),
				team("FS-03", "Meißner", "Revier 1", 14, "", DRIFT, 95),
				team("FS-04", "Heidike", "Revier 2", 22, "ja", CU, 80),
				team("FS-05", "Stein", "Revier 2", 18, "ja", CU, 70),
				team("FS-06", "Franz", "Revier 2", 20, "nein", ORE, 3800),
				team("FS-07", "Ziegler", "Revier 3", 17, "ja", CU, 66, ORE, 2900),
				team("FS-08", "Kern", "Revier 3", 13, "ja", DRIFT, 88),
				team("FS-09", "Wendt", "Revier 3", 19, "", CU, 74),
				team("FS-10", "Rudolph", "Förderung", 16, "ja", ORE, 4200)));
		teams.put("THAE", List.of(
				team("TH-01", "Engel", "Revier Nord", 20, "yes", CU, 75),
				team("TH-02", "Sauer", "Revier Nord", 18, "yes", CU, 69, ORE, 3000),
				team("TH-03", "Horn", "Revier Nord", 12, "no", DRIFT, 90),
				team("TH-04", "Voigt", "Revier Süd", 21, "yes", CU, 82),
				team("TH-05", "Kraft", "Revier Süd", 17, "", CU, 68),
				team("TH-06", "Böhm", "Revier Süd", 19, "yes", ORE, 3600),
				team("TH-07", "Lindner", "Revier Ost", 16, "yes", CU, 64, DRIFT, 40),
				team("TH-08", "Marx", "Revier Ost", 15, "no", CU, 60),
				team("TH-09", "Heinze", "Förderung", 18, "yes", ORE, 4000)));
		teams.put("OBS", obsTeams());
		teams.put("NRB", List.of(
				team("NR-01", "Reinhardt", "Revier I", 18, "ja", CU, 62, ORE, 2600),
				team("NR-02", "Kunze", "Revier I", 16, "ja", CU, 58),
				team("NR-03", "Otto", "Revier I", 12, "", DRIFT, 85),
				team("NR-04", "Ullrich", "Revier II", 19, "ja", CU, 66),
				team("NR-05", "Beyer", "Revier II", 17, "nein", ORE, 3300),
				team("NR-06", "Wagner", "Revier II", 15, "ja", CU, 55, DRIFT, 35)));
		return teams;
	}

	/** 35 copper teams in five districts; 30 of them in the striving for the title. */
	private static List<Team> obsTeams() {
		Random random = new Random(1959_35L);
		List<Team> teams = new ArrayList<>();
		for (int i = 0; i < OBS_NAMES.length; i++) {
			String code = String.format("OB-%02d", i + 1);
			String striving = switch (i % 7) {
			case 5 -> (i / 7) % 2 == 0 ? "nein" : ""; // one team per district is not (yet) striving
			case 2 -> "x";
			default -> "ja";
			};
			int headcount = 12 + random.nextInt(11);
			int basePlan = 42 + random.nextInt(36);
			teams.add(team(code, OBS_NAMES[i], "Revier " + (i / 7 + 1), headcount, striving, CU, basePlan));
		}
		return List.copyOf(teams);
	}

	private static Team team(String code, String name, String section, int headcount, String striving,
			Object... indicatorsAndPlans) {
		List<TeamLine> lines = new ArrayList<>();
		for (int i = 0; i < indicatorsAndPlans.length; i += 2) {
			lines.add(new TeamLine((Indicator) indicatorsAndPlans[i], (Integer) indicatorsAndPlans[i + 1]));
		}
		return new Team(code, name, section, headcount, striving, List.copyOf(lines));
	}

	// ---------------------------------------------------------------- generated figures

	/** One data row as computed: quantities are exact decimals. */
	static final class Line {
		final Team team;
		final Indicator indicator;
		final BigDecimal plan;
		BigDecimal actual;
		String remarks = "";

		Line(Team team, Indicator indicator, BigDecimal plan, BigDecimal actual) {
			this.team = team;
			this.indicator = indicator;
			this.plan = plan;
			this.actual = actual;
		}

		BigDecimal planValue() {
			return plan.multiply(indicator.price());
		}

		BigDecimal actualValue() {
			return actual.multiply(indicator.price());
		}
	}

	/** Everything the generator decides, kept for the self-check and the expected-figures file. */
	static final class Plan {
		final Map<String, List<Team>> teams = teams();
		/** unit code -> month (1..9) -> lines */
		final Map<String, Map<Integer, List<Line>>> lines = new LinkedHashMap<>();
		/** unit code -> indicator code -> annual quantity */
		final Map<String, Map<String, BigDecimal>> annualPlan = new LinkedHashMap<>();
	}

	static Plan compute() {
		Plan plan = new Plan();
		int seed = 0;
		for (Unit unit : UNITS) {
			Random random = new Random(1959L * 1000 + seed++);
			Map<String, Double> skill = new LinkedHashMap<>();
			for (Team team : plan.teams.get(unit.code())) {
				skill.put(team.code(), -0.04 + 0.09 * random.nextDouble());
			}
			Map<Integer, List<Line>> months = new TreeMap<>();
			for (int month = 1; month <= LAST_MONTH; month++) {
				months.put(month, monthLines(unit, month, plan.teams.get(unit.code()), skill, random));
			}
			plan.lines.put(unit.code(), months);
		}
		annualPlans(plan);
		return plan;
	}

	private static List<Line> monthLines(Unit unit, int month, List<Team> teams, Map<String, Double> skill,
			Random random) {
		double target = TARGETS.get(unit.code())[month - 1];
		List<Line> lines = new ArrayList<>();
		List<Line> adjustable = new ArrayList<>();
		for (Team team : teams) {
			Double[] story = STORY_RATIOS.get(team.code());
			Double fixed = story == null ? null : story[month - 1];
			for (TeamLine teamLine : team.lines()) {
				double planQuantity = teamLine.basePlan() * MONTH_FACTOR[month - 1] * (0.98 + 0.04 * random.nextDouble());
				BigDecimal planQ = BigDecimal.valueOf(planQuantity).setScale(0, RoundingMode.HALF_UP);
				double ratio = fixed != null ? fixed
						: target / 100 + skill.get(team.code()) + (random.nextDouble() - 0.5) * 0.05;
				Line line = new Line(team, teamLine.indicator(), planQ, quantity(planQ.doubleValue() * ratio, teamLine.indicator()));
				lines.add(line);
				if (fixed == null) {
					adjustable.add(line);
				}
			}
		}
		hitTarget(lines, adjustable, target);
		remarks(unit, month, lines);
		return lines;
	}

	private static BigDecimal quantity(double value, Indicator indicator) {
		return BigDecimal.valueOf(Math.max(0, value)).setScale(indicator.decimals(), RoundingMode.HALF_UP);
	}

	/**
	 * Scales the free rows so the unit lands on its target, then nudges the cheapest row one
	 * quantity step at a time until the shown percentage is exactly the target.
	 */
	private static void hitTarget(List<Line> lines, List<Line> adjustable, double target) {
		BigDecimal planValue = sum(lines, true);
		BigDecimal wanted = planValue.multiply(BigDecimal.valueOf(target)).divide(HUNDRED);
		BigDecimal fixedActual = sum(lines, false).subtract(sum(adjustable, false));
		double factor = wanted.subtract(fixedActual).doubleValue() / sum(adjustable, false).doubleValue();
		for (Line line : adjustable) {
			line.actual = quantity(line.actual.doubleValue() * factor, line.indicator);
		}
		// the rounding residue is spread over the rows with the finest value step, one step each in turn
		BigDecimal finest = adjustable.stream().map(l -> step(l).multiply(l.indicator.price())).min(BigDecimal::compareTo)
				.orElseThrow();
		List<Line> nudged = adjustable.stream().filter(l -> step(l).multiply(l.indicator.price()).compareTo(finest) == 0)
				.toList();
		BigDecimal wantedShown = BigDecimal.valueOf(target).setScale(1, RoundingMode.HALF_UP);
		for (int turn = 0; turn < 1_000_000; turn++) {
			int cmp = shownPercent(sum(lines, false), planValue).compareTo(wantedShown);
			if (cmp == 0) {
				return;
			}
			Line line = nudged.get(turn % nudged.size());
			line.actual = line.actual.add(cmp < 0 ? step(line) : step(line).negate());
		}
		throw new IllegalStateException("cannot hit " + target);
	}

	private static BigDecimal step(Line line) {
		return BigDecimal.ONE.movePointLeft(line.indicator.decimals());
	}

	static BigDecimal sum(List<Line> lines, boolean plan) {
		BigDecimal sum = BigDecimal.ZERO;
		for (Line line : lines) {
			sum = sum.add(plan ? line.planValue() : line.actualValue());
		}
		return sum;
	}

	/** SPEC §6: one decimal, rounded half up, from the exact ratio. */
	static BigDecimal shownPercent(BigDecimal actual, BigDecimal plan) {
		return actual.multiply(HUNDRED).divide(plan, 1, RoundingMode.HALF_UP);
	}

	private static final String[] SHORTFALL_REMARKS = { "Hunte fehlen", "Wasserzufluss Sohle 5",
			"Seilfahrt 2 Tage gesperrt", "Streckenbruch im Abbau", "Bohrhämmer in Reparatur" };
	private static final String[] SHORTFALL_REMARKS_EN = { "shortage of mine cars", "water inflow on level 5",
			"furnace relined", "power cut" };

	/** The clerk's remarks: the help story, and a reason on some bad rows. */
	private static void remarks(Unit unit, int month, List<Line> lines) {
		for (Line line : lines) {
			String code = line.team.code();
			if (code.equals(HEIDIKE) && month >= 8) {
				line.remarks = HELP_REMARK;
			} else if (code.equals(BALVI) && month >= 8) {
				line.remarks = "mit Hilfe der Brigade Heidike (Schacht Fortschritt)";
			} else if (code.equals(LITER) && month == 9) {
				line.remarks = "Rückstand aufgeholt";
			} else if (ratio(line) < 0.9) {
				String[] reasons = unit.style().german() ? SHORTFALL_REMARKS : SHORTFALL_REMARKS_EN;
				line.remarks = reasons[Math.floorMod(code.hashCode() + month, reasons.length)];
			} else if (ratio(line) > 1.1 && !unit.style().german()) {
				line.remarks = "plan exceeded";
			}
		}
	}

	static double ratio(Line line) {
		return line.actual.doubleValue() / line.plan.doubleValue();
	}

	/** Annual plan: twelve months of the base plan, the main indicator tuned where YTD is part of the story. */
	private static void annualPlans(Plan plan) {
		for (Unit unit : UNITS) {
			Map<String, BigDecimal> byIndicator = new LinkedHashMap<>();
			for (Indicator indicator : INDICATORS) {
				int base = 0;
				for (Team team : plan.teams.get(unit.code())) {
					for (TeamLine line : team.lines()) {
						base += line.indicator() == indicator ? line.basePlan() : 0;
					}
				}
				if (base > 0) {
					byIndicator.put(indicator.code(), BigDecimal.valueOf(base * 12L));
				}
			}
			plan.annualPlan.put(unit.code(), byIndicator);
		}
		tuneAnnual(plan, List.of("KLH", "ABH"), "KLH", RAWCU, YTD_TARGETS.get(COMBINE_SMELTING));
		tuneAnnual(plan, List.of("FORT"), "FORT", CU, YTD_TARGETS.get("FORT"));
		tuneAnnual(plan, List.of("THAE"), "THAE", CU, YTD_TARGETS.get("THAE"));
	}

	private static void tuneAnnual(Plan plan, List<String> units, String tunedUnit, Indicator tuned, double target) {
		BigDecimal actual = BigDecimal.ZERO;
		for (String unit : units) {
			actual = actual.add(ytdActual(plan, unit, LAST_MONTH));
		}
		Map<String, BigDecimal> annual = plan.annualPlan.get(tunedUnit);
		BigDecimal wantedShown = BigDecimal.valueOf(target).setScale(1, RoundingMode.HALF_UP);
		// start from the exact quantity, then step until the shown figure matches
		BigDecimal others = annualValue(plan, units).subtract(annual.get(tuned.code()).multiply(tuned.price()));
		BigDecimal wantedValue = actual.multiply(HUNDRED).divide(BigDecimal.valueOf(target), 6, RoundingMode.HALF_UP);
		annual.put(tuned.code(), wantedValue.subtract(others).divide(tuned.price(), 0, RoundingMode.HALF_UP));
		for (int guard = 0; guard < 100_000; guard++) {
			int cmp = shownPercent(actual, annualValue(plan, units)).compareTo(wantedShown);
			if (cmp == 0) {
				return;
			}
			// a larger plan lowers the percentage
			annual.put(tuned.code(), annual.get(tuned.code()).add(cmp > 0 ? BigDecimal.ONE : BigDecimal.ONE.negate()));
		}
		throw new IllegalStateException("cannot hit YTD " + target);
	}

	static BigDecimal ytdActual(Plan plan, String unit, int lastMonth) {
		BigDecimal sum = BigDecimal.ZERO;
		for (int month = 1; month <= lastMonth; month++) {
			sum = sum.add(sum(plan.lines.get(unit).get(month), false));
		}
		return sum;
	}

	static BigDecimal annualValue(Plan plan, List<String> units) {
		BigDecimal sum = BigDecimal.ZERO;
		for (String unit : units) {
			for (Map.Entry<String, BigDecimal> entry : plan.annualPlan.get(unit).entrySet()) {
				sum = sum.add(entry.getValue().multiply(indicator(entry.getKey()).price()));
			}
		}
		return sum;
	}

	static Indicator indicator(String code) {
		return INDICATORS.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
	}

	static Unit unit(String code) {
		return UNITS.stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
	}

	/** Units a figure is computed over: a unit itself, or both units of a combine. */
	static List<String> members(String code) {
		if (code.equals(COMBINE_SMELTING) || code.equals(COMBINE_MINING)) {
			return UNITS.stream().filter(u -> u.parent().equals(code)).map(Unit::code).toList();
		}
		return List.of(code);
	}

	static BigDecimal monthPercent(Plan plan, String code, int month) {
		List<Line> lines = new ArrayList<>();
		for (String unit : members(code)) {
			lines.addAll(plan.lines.get(unit).get(month));
		}
		return shownPercent(sum(lines, false), sum(lines, true));
	}

	static BigDecimal ytdPercent(Plan plan, String code, int month) {
		BigDecimal actual = BigDecimal.ZERO;
		for (String unit : members(code)) {
			actual = actual.add(ytdActual(plan, unit, month));
		}
		return shownPercent(actual, annualValue(plan, members(code)));
	}

	static Map<String, BigDecimal> teamPercents(List<Line> lines) {
		Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
		for (Line line : lines) {
			BigDecimal[] s = sums.computeIfAbsent(line.team.code(), k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			s[0] = s[0].add(line.planValue());
			s[1] = s[1].add(line.actualValue());
		}
		Map<String, BigDecimal> percents = new LinkedHashMap<>();
		sums.forEach((team, s) -> percents.put(team, shownPercent(s[1], s[0])));
		return percents;
	}

	// ---------------------------------------------------------------- self-check

	/** Fails loudly when a story figure is not exactly what the README promises. */
	static void selfCheck(Plan plan) {
		for (Unit unit : UNITS) {
			for (int month = 1; month <= LAST_MONTH; month++) {
				BigDecimal want = BigDecimal.valueOf(TARGETS.get(unit.code())[month - 1]).setScale(1);
				check(monthPercent(plan, unit.code(), month).equals(want), unit.code() + " month " + month);
				for (Line line : plan.lines.get(unit.code()).get(month)) {
					check(line.actual.signum() >= 0 && line.plan.signum() > 0, "quantities >= 0");
					check(ratio(line) > 0.55 && ratio(line) < 1.35, "plausible ratio " + line.team.code() + " " + month);
				}
			}
		}
		check(ytdPercent(plan, COMBINE_SMELTING, 9).equals(new BigDecimal("80.0")), "HKWP YTD");
		check(ytdPercent(plan, "FORT", 9).equals(new BigDecimal("81.9")), "FORT YTD");
		check(ytdPercent(plan, "THAE", 9).equals(new BigDecimal("76.7")), "THAE YTD");
		check(monthPercent(plan, "OBS", 7).equals(new BigDecimal("70.0")), "OBS July");
		check(monthPercent(plan, "OBS", 8).equals(new BigDecimal("80.0")), "OBS August");
		check(monthPercent(plan, "OBS", 9).compareTo(HUNDRED) >= 0, "OBS September");
		List<Team> obs = plan.teams.get("OBS");
		check(obs.size() == 35, "35 OBS teams");
		check(obs.stream().filter(t -> List.of("ja", "yes", "x").contains(t.striving())).count() == 30, "30 striving");
		check(obs.stream().allMatch(t -> t.lines().size() == 1 && t.lines().get(0).indicator() == CU), "OBS copper only");
		for (int month = 1; month <= LAST_MONTH; month++) {
			BigDecimal balvi = teamPercents(plan.lines.get("OBS").get(month)).get(BALVI);
			BigDecimal liter = teamPercents(plan.lines.get("OBS").get(month)).get(LITER);
			BigDecimal heidike = teamPercents(plan.lines.get("FORT").get(month)).get(HEIDIKE);
			if (month <= 7) {
				check(balvi.compareTo(BigDecimal.valueOf(80)) >= 0 && balvi.compareTo(BigDecimal.valueOf(90)) <= 0, "Balvi " + month);
				check(liter.compareTo(HUNDRED) < 0, "Liter behind " + month);
			} else {
				check(balvi.compareTo(HUNDRED) >= 0, "Balvi met plan " + month);
				check(liter.compareTo(HUNDRED) >= 0, "Liter ahead " + month);
			}
			check(heidike.compareTo(BigDecimal.valueOf(105)) >= 0, "Heidike " + month);
			if (month <= 4) {
				for (Unit unit : UNITS) {
					check(unit == OBS || monthPercent(plan, unit.code(), month).compareTo(monthPercent(plan, "OBS", month)) < 0,
							"OBS leads in month " + month);
				}
			}
		}
		Map<String, BigDecimal> nrb = teamPercents(plan.lines.get("NRB").get(9));
		check(nrb.values().stream().filter(p -> p.compareTo(HUNDRED) < 0).count() == 2, "NRB hides exactly 2 laggards");
	}

	private static void check(boolean condition, String what) {
		if (!condition) {
			throw new IllegalStateException("story figure not met: " + what);
		}
	}

	// ---------------------------------------------------------------- main

	public static void main(String[] args) throws IOException {
		Path out = Paths.get(args.length > 0 ? args[0] : "sample-input");
		Plan plan = compute();
		selfCheck(plan);
		new SampleInputGenerator(plan, out).writeAll();
		System.out.println(figuresTable(plan));
	}

	private final Plan plan;
	private final Path out;

	SampleInputGenerator(Plan plan, Path out) {
		this.plan = plan;
		this.out = out;
	}

	void writeAll() throws IOException {
		Files.createDirectories(out.resolve("expected"));
		writeReference(out.resolve("reference-data.xlsx"));
		// the only problems the good files carry: numbers typed as text (warnings)
		StringBuilder textNumbers = new StringBuilder("file;code;severity;cell;value\n");
		for (Unit unit : UNITS) {
			for (int month = 1; month <= LAST_MONTH; month++) {
				String period = period(month);
				String name = unit.code() + "-" + period + ".xlsx";
				Path file = out.resolve("submissions").resolve(period).resolve(name);
				Files.createDirectories(file.getParent());
				SubmissionSheet sheet = submission(unit, month);
				writeSubmission(file, sheet);
				for (int i = 0; i < sheet.lines.size(); i++) {
					if (sheet.lines.get(i).actual instanceof String text) {
						textNumbers.append(String.join(";", "submissions/" + period + "/" + name, "NUMBER_AS_TEXT", "WARNING",
								cell(sheet, 5, i), text)).append('\n');
					}
				}
			}
		}
		Files.writeString(out.resolve("expected").resolve("number-as-text.csv"), textNumbers.toString(), StandardCharsets.UTF_8);
		writeBroken(out.resolve("broken"));
		writeAssistance(out.resolve("assistance-1959.xlsx"));
		Files.writeString(out.resolve("expected").resolve("assistance-results.csv"), assistanceCsv(plan),
				StandardCharsets.UTF_8);
		Files.writeString(out.resolve("expected").resolve("figures.csv"), figuresCsv(plan), StandardCharsets.UTF_8);
	}

	static String period(int month) {
		return String.format("%d-%02d", YEAR, month);
	}

	// ---------------------------------------------------------------- reference workbook

	private void writeReference(Path file) throws IOException {
		try (XSSFWorkbook wb = newWorkbook()) {
			CellStyle bold = boldStyle(wb);
			Sheet enterprises = wb.createSheet("Enterprises");
			header(enterprises, bold, "code", "name", "kind", "parent_code");
			int r = 1;
			r = textRow(enterprises, r, COMBINE_SMELTING, "Hüttenkombinat \"Wilhelm Pieck\"", "COMBINE", "");
			r = textRow(enterprises, r, KLH.code(), KLH.name(), KLH.kind(), KLH.parent());
			r = textRow(enterprises, r, ABH.code(), ABH.name(), ABH.kind(), ABH.parent());
			r = textRow(enterprises, r, COMBINE_MINING, "Bergbaubetrieb Mansfeld", "COMBINE", "");
			for (Unit unit : List.of(FORT, THAE, OBS, NRB)) {
				r = textRow(enterprises, r, unit.code(), unit.name(), unit.kind(), unit.parent());
			}
			Sheet indicators = wb.createSheet("Indicators");
			header(indicators, bold, "code", "name", "unit", "price");
			CellStyle money = numberStyle(wb, "#,##0.00");
			r = 1;
			for (Indicator indicator : INDICATORS) {
				Row row = indicators.createRow(r++);
				row.createCell(0).setCellValue(indicator.code());
				row.createCell(1).setCellValue(indicator.name());
				row.createCell(2).setCellValue(indicator.unit());
				numberCell(row, 3, indicator.price(), money);
			}
			Sheet annual = wb.createSheet("AnnualPlan");
			header(annual, bold, "enterprise_code", "year", "indicator", "quantity");
			CellStyle whole = numberStyle(wb, "#,##0");
			r = 1;
			for (Map.Entry<String, Map<String, BigDecimal>> unit : plan.annualPlan.entrySet()) {
				for (Map.Entry<String, BigDecimal> entry : unit.getValue().entrySet()) {
					Row row = annual.createRow(r++);
					row.createCell(0).setCellValue(unit.getKey());
					row.createCell(1).setCellValue(YEAR);
					row.createCell(2).setCellValue(entry.getKey());
					numberCell(row, 3, entry.getValue(), whole);
				}
			}
			for (Sheet sheet : List.of(enterprises, indicators, annual)) {
				sheet.setColumnWidth(0, 18 * 256);
				sheet.setColumnWidth(1, 38 * 256);
				sheet.setColumnWidth(2, 12 * 256);
				sheet.setColumnWidth(3, 14 * 256);
				sheet.createFreezePane(0, 1);
			}
			save(wb, file);
		}
	}

	private static int textRow(Sheet sheet, int r, String... values) {
		Row row = sheet.createRow(r);
		for (int c = 0; c < values.length; c++) {
			if (!values[c].isEmpty()) {
				row.createCell(c).setCellValue(values[c]);
			}
		}
		return r + 1;
	}

	// ---------------------------------------------------------------- assistance register

	/**
	 * The help the committee agreed (SPEC §9): Heidike's Flitzer helps Balvi from July, then
	 * three more Otto-Brosowski teams from August; Engel, a Thälmann team leader, helps Liter
	 * from July. None has ended.
	 */
	static final List<String[]> ASSISTANCE = List.of(
			new String[] { "FORT", HEIDIKE, "OBS", BALVI, "1959-07", "", "Flitzer: Brigade Heidike hilft Brigade Balvi" },
			new String[] { "FORT", HEIDIKE, "OBS", "OB-16", "1959-08", "", "Flitzer: Erfahrungsaustausch Revier 3" },
			new String[] { "FORT", HEIDIKE, "OBS", "OB-21", "1959-08", "", "Flitzer: Erfahrungsaustausch Revier 3" },
			new String[] { "FORT", HEIDIKE, "OBS", "OB-22", "1959-08", "", "Flitzer: Erfahrungsaustausch Revier 4" },
			new String[] { "THAE", "TH-01", "OBS", LITER, "1959-07", "", "Brigadier Engel (Thälmann-Schacht) hilft Brigade Liter" });

	/**
	 * SPEC §6b for the September bulletin of every registered pair: before = the month before
	 * From, now = September, outcome judged on the exact values (Liter is at exactly 100 % in
	 * August); percentages one decimal, half up.
	 */
	static String assistanceCsv(Plan plan) {
		StringBuilder csv = new StringBuilder("helped_enterprise;helped_team;helper_enterprise;helper_team;from;"
				+ "months_of_help;helped_before_pct;helped_now_pct;helper_before_pct;helper_now_pct;outcome\n");
		for (String[] pair : ASSISTANCE) {
			int from = Integer.parseInt(pair[4].substring(5));
			BigDecimal[] helpedBefore = teamValues(plan, pair[2], pair[3], from - 1);
			BigDecimal[] helpedNow = teamValues(plan, pair[2], pair[3], LAST_MONTH);
			BigDecimal[] helpedLast = teamValues(plan, pair[2], pair[3], LAST_MONTH - 1);
			BigDecimal[] helperNow = teamValues(plan, pair[0], pair[1], LAST_MONTH);
			String outcome;
			if (atPlan(helpedNow) && LAST_MONTH - 1 >= from && atPlan(helpedLast)) {
				outcome = "caught up";
			}
			else if (helpedNow[1].multiply(helpedBefore[0]).compareTo(helpedBefore[1].multiply(helpedNow[0])) > 0) {
				outcome = "improving";
			}
			else {
				outcome = "not yet";
			}
			if (!atPlan(helperNow)) {
				outcome += "; helper slipped";
			}
			csv.append(String.join(";", pair[2], pair[3], pair[0], pair[1], pair[4],
					String.valueOf(LAST_MONTH - from + 1), percent(helpedBefore), percent(helpedNow),
					percent(teamValues(plan, pair[0], pair[1], from - 1)), percent(helperNow), outcome)).append('\n');
		}
		return csv.toString();
	}

	/** The team's plan and actual value in the month, over all its lines. */
	private static BigDecimal[] teamValues(Plan plan, String unit, String team, int month) {
		BigDecimal[] values = { BigDecimal.ZERO, BigDecimal.ZERO };
		for (Line line : plan.lines.get(unit).get(month)) {
			if (line.team.code().equals(team)) {
				values[0] = values[0].add(line.planValue());
				values[1] = values[1].add(line.actualValue());
			}
		}
		return values;
	}

	private static boolean atPlan(BigDecimal[] values) {
		return values[1].compareTo(values[0]) >= 0;
	}

	private static String percent(BigDecimal[] values) {
		return shownPercent(values[1], values[0]).toPlainString();
	}

	private void writeAssistance(Path file) throws IOException {
		try (XSSFWorkbook wb = newWorkbook()) {
			Sheet sheet = wb.createSheet("Assistance");
			header(sheet, boldStyle(wb), "Helper enterprise", "Helper team", "Helped enterprise", "Helped team", "From",
					"To", "Note");
			int r = 1;
			for (String[] pair : ASSISTANCE) {
				r = textRow(sheet, r, pair);
			}
			save(wb, file);
		}
	}

	// ---------------------------------------------------------------- submission workbook

	/** One data row as the clerk typed it: plan/actual are a BigDecimal or a String (number typed as text). */
	static final class SheetLine {
		String section;
		String teamCode;
		String teamName;
		String indicator;
		Object plan;
		Object actual;
		int headcount;
		String striving;
		String remarks;
		BigDecimal planValue;
		BigDecimal actualValue;
		int decimals;
	}

	/** A submission as it will be written; broken files are the same with a mutation applied. */
	static final class SubmissionSheet {
		Unit unit;
		int month;
		List<SheetLine> lines = new ArrayList<>();
		/** when set, the totals row shows this actual instead of the true sum */
		BigDecimal totalActualOverride;
	}

	SubmissionSheet submission(Unit unit, int month) {
		SubmissionSheet sheet = new SubmissionSheet();
		sheet.unit = unit;
		sheet.month = month;
		Random random = new Random(unit.code().hashCode() * 31L + month);
		for (Line line : plan.lines.get(unit.code()).get(month)) {
			SheetLine s = new SheetLine();
			s.section = line.team.section();
			s.teamCode = line.team.code();
			s.teamName = line.team.name();
			s.indicator = line.indicator.code();
			s.planValue = line.plan;
			s.actualValue = line.actual;
			s.decimals = line.indicator.decimals();
			s.plan = line.plan;
			s.actual = line.actual;
			// some clerks type a decimal quantity as text; only unambiguous forms
			if (unit.style().textNumbers() && line.actual.scale() > 0 && line.actual.remainder(BigDecimal.ONE).signum() != 0
					&& random.nextInt(3) == 0) {
				s.actual = unit.style().german() ? germanText(line.actual) : line.actual.toPlainString();
			}
			s.headcount = line.team.headcount();
			s.striving = line.team.striving();
			s.remarks = line.remarks;
			sheet.lines.add(s);
		}
		return sheet;
	}

	/** "3.412,5" or "81,9": German thousands dot and decimal comma, always with a decimal. */
	static String germanText(BigDecimal value) {
		String plain = value.setScale(1, RoundingMode.UNNECESSARY).toPlainString();
		String whole = plain.substring(0, plain.indexOf('.'));
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < whole.length(); i++) {
			if (i > 0 && (whole.length() - i) % 3 == 0) {
				grouped.append('.');
			}
			grouped.append(whole.charAt(i));
		}
		return grouped + "," + plain.substring(plain.indexOf('.') + 1);
	}

	static final String[] EN_HEADERS = { "Section", "Team_code", "Team_name", "Indicator", "Plan", "Actual", "Headcount",
			"Striving_title", "Remarks" };
	static final String[] DE_HEADERS = { "Revier", "Brigade-Nr.", "Brigade", "Kennziffer", "Soll", "Ist", "Beschäftigte",
			"Kampf um Titel", "Bemerkungen" };
	static final int TITLE_ROWS = 4;
	/** 0-based index of the header row: the title block, then one blank row. */
	static final int HEADER_ROW = TITLE_ROWS + 1;

	/** Column of each field in the layout of this style (0-based): section, code, name, indicator, plan, actual, headcount, striving, remarks. */
	static int[] columns(Style style) {
		return style.teamCodeFirst() ? new int[] { 2, 0, 1, 3, 4, 5, 6, 8, 7 } : new int[] { 0, 1, 2, 3, 4, 5, 6, 7, 8 };
	}

	static String[] headers(Unit unit) {
		String[] headers = (unit.style().german() ? DE_HEADERS : EN_HEADERS).clone();
		if (unit.style().german() && unit.kind().equals("SMELTER")) {
			headers[0] = "Abteilung";
		}
		if (unit.style().teamCodeFirst()) {
			for (int i = 0; i < headers.length; i++) {
				headers[i] = headers[i].toLowerCase(Locale.ROOT);
			}
		}
		return headers;
	}

	void writeSubmission(Path file, SubmissionSheet s) throws IOException {
		Style style = s.unit.style();
		try (XSSFWorkbook wb = newWorkbook()) {
			CellStyle bold = boldStyle(wb);
			CellStyle whole = numberStyle(wb, "#,##0");
			CellStyle tenths = numberStyle(wb, "#,##0.0");
			Sheet sheet = wb.createSheet(style.sheetName());
			titleBlock(wb, sheet, s, bold);
			int[] col = columns(style);
			String[] headers = headers(s.unit);
			Row header = sheet.createRow(HEADER_ROW);
			for (int i = 0; i < headers.length; i++) {
				Cell cell = header.createCell(col[i]);
				cell.setCellValue(headers[i]);
				cell.setCellStyle(bold);
			}
			int r = HEADER_ROW + 1;
			for (SheetLine line : s.lines) {
				Row row = sheet.createRow(r++);
				row.createCell(col[0]).setCellValue(line.section);
				row.createCell(col[1]).setCellValue(line.teamCode);
				row.createCell(col[2]).setCellValue(line.teamName);
				row.createCell(col[3]).setCellValue(line.indicator);
				CellStyle format = line.decimals > 0 ? tenths : whole;
				valueCell(row, col[4], line.plan, format);
				valueCell(row, col[5], line.actual, format);
				row.createCell(col[6]).setCellValue(line.headcount);
				if (!line.striving.isEmpty()) {
					row.createCell(col[7]).setCellValue(line.striving);
				}
				if (!line.remarks.isEmpty()) {
					row.createCell(col[8]).setCellValue(line.remarks);
				}
			}
			if (style.totals()) {
				totalsRow(wb, sheet, s, r, col, bold);
			}
			int[] widths = { 16, 12, 16, 12, 11, 11, 12, 15, 46 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(col[i], widths[i] * 256);
			}
			save(wb, file);
		}
	}

	private void titleBlock(XSSFWorkbook wb, Sheet sheet, SubmissionSheet s, CellStyle bold) {
		Style style = s.unit.style();
		Cell title = sheet.createRow(0).createCell(0);
		title.setCellValue(style.german() ? "Monatsbericht über die Planerfüllung – " + s.unit.name()
				: "Monthly plan fulfilment report – " + s.unit.name());
		title.setCellStyle(bold);
		Row code = sheet.createRow(1);
		code.createCell(0).setCellValue(style.german() ? "Betrieb-Nr." : "Enterprise code");
		code.createCell(1).setCellValue(s.unit.code());
		Row period = sheet.createRow(2);
		period.createCell(0).setCellValue(style.german() ? "Berichtsmonat" : "Period");
		Cell value = period.createCell(1);
		switch (style.periodForm()) {
		case ISO -> value.setCellValue(period(s.month));
		case SLASH -> value.setCellValue(String.format("%02d/%d", s.month, YEAR));
		case MONTH_NAME -> value.setCellValue(MONTH_NAMES[s.month - 1] + " " + YEAR);
		case DATE_CELL -> {
			value.setCellValue(LocalDate.of(YEAR, s.month, 1));
			CellStyle date = wb.createCellStyle();
			date.setDataFormat(wb.createDataFormat().getFormat("mmmm yyyy"));
			value.setCellStyle(date);
		}
		}
		Row clerk = sheet.createRow(3);
		clerk.createCell(0).setCellValue(style.german() ? "Bearbeiter" : "Submitted by");
		clerk.createCell(1).setCellValue(style.clerk());
	}

	private void totalsRow(XSSFWorkbook wb, Sheet sheet, SubmissionSheet s, int r, int[] col, CellStyle bold) {
		Style style = s.unit.style();
		Row row = sheet.createRow(r);
		Cell label = row.createCell(0);
		label.setCellValue(style.german() ? "Summe" : "Total");
		label.setCellStyle(bold);
		BigDecimal plan = BigDecimal.ZERO;
		BigDecimal actual = BigDecimal.ZERO;
		for (SheetLine line : s.lines) {
			plan = plan.add(line.planValue);
			actual = actual.add(line.actualValue);
		}
		if (s.totalActualOverride != null) {
			actual = s.totalActualOverride;
		}
		CellStyle format = numberStyle(wb, "#,##0.0");
		if (style.formulaTotals() && s.totalActualOverride == null) {
			// a clerk's SUM; its stored result is what readers see
			for (int c : new int[] { col[4], col[5] }) {
				String letter = String.valueOf((char) ('A' + c));
				Cell cell = row.createCell(c);
				cell.setCellFormula("SUM(" + letter + (HEADER_ROW + 2) + ":" + letter + r + ")");
				cell.setCellStyle(format);
				wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
			}
		} else {
			numberCell(row, col[4], plan, format);
			numberCell(row, col[5], actual, format);
		}
	}

	private static void valueCell(Row row, int column, Object value, CellStyle format) {
		if (value instanceof BigDecimal number) {
			numberCell(row, column, number, format);
		} else {
			row.createCell(column).setCellValue((String) value);
		}
	}

	private static void numberCell(Row row, int column, BigDecimal value, CellStyle format) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value.doubleValue());
		cell.setCellStyle(format);
	}

	// ---------------------------------------------------------------- broken files

	/** A broken file, what is wrong with it, and the problems a validator must report. */
	record Broken(String file, String base, String what, List<String> expected) {
	}

	final List<Broken> broken = new ArrayList<>();

	private void writeBroken(Path dir) throws IOException {
		Files.createDirectories(dir);
		broken.clear();
		brokenCopy(dir, "BROKEN-unknown-indicator.xlsx", KLH, "one row's indicator typed as KUPFR", s -> {
			SheetLine line = s.lines.get(2);
			line.indicator = "KUPFR";
			return List.of("UNKNOWN_INDICATOR;ERROR;" + cell(s, 3, 2) + ";KUPFR");
		});
		brokenCopy(dir, "BROKEN-ambiguous-and-negative.xlsx", FORT,
				"an actual typed as the text 1,234 and a plan of -120", s -> {
					SheetLine ambiguous = s.lines.get(6); // an ore row: 1,234 t or 1.234 t?
					ambiguous.actual = "1,234";
					SheetLine negative = s.lines.get(8);
					negative.plan = new BigDecimal("-120");
					return List.of("AMBIGUOUS_NUMBER;ERROR;" + cell(s, 5, 6) + ";1,234",
							"NEGATIVE_NUMBER;ERROR;" + cell(s, 4, 8) + ";-120");
				});
		brokenCopy(dir, "BROKEN-total-mismatch.xlsx", ABH, "the Summe row's actual is 100 more than the rows above", s -> {
			BigDecimal actual = BigDecimal.ZERO;
			for (SheetLine line : s.lines) {
				actual = actual.add(line.actualValue);
			}
			s.totalActualOverride = actual.add(BigDecimal.valueOf(100));
			String ref = s.unit.style().sheetName() + "!" + letter(columns(s.unit.style())[5]) + (HEADER_ROW + 2 + s.lines.size());
			return List.of("TOTAL_MISMATCH;ERROR;" + ref + ";" + s.totalActualOverride.setScale(1).toPlainString());
		});
		writeOdt(dir.resolve("BROKEN-unsupported-format.odt"));
		broken.add(new Broken("BROKEN-unsupported-format.odt", OBS.code(),
				"Otto-Brosowski-Schacht's September 1959 report typed as a table in a text document (LibreOffice Writer)",
				List.of("UNSUPPORTED_FORMAT;ERROR;;BROKEN-unsupported-format.odt")));
		StringBuilder csv = new StringBuilder("file;enterprise_code;period;code;severity;cell;value\n");
		for (Broken b : broken) {
			for (String expected : b.expected()) {
				String[] p = expected.split(";", -1);
				csv.append(String.join(";", b.file(), b.base(), period(LAST_MONTH), p[0], p[1], p[2], p[3])).append('\n');
			}
		}
		Files.writeString(out.resolve("expected").resolve("broken-problems.csv"), csv.toString(), StandardCharsets.UTF_8);
	}

	private interface Mutation {
		List<String> apply(SubmissionSheet sheet);
	}

	private void brokenCopy(Path dir, String name, Unit unit, String what, Mutation mutation) throws IOException {
		SubmissionSheet sheet = submission(unit, LAST_MONTH);
		List<String> expected = mutation.apply(sheet);
		writeSubmission(dir.resolve(name), sheet);
		broken.add(new Broken(name, unit.code(), what, expected));
	}

	/** "Report!D9": the cell of a data line's field (0-based field index as in {@link #columns}). */
	private static String cell(SubmissionSheet s, int field, int lineIndex) {
		return s.unit.style().sheetName() + "!" + letter(columns(s.unit.style())[field]) + (HEADER_ROW + 2 + lineIndex);
	}

	private static String letter(int column) {
		return String.valueOf((char) ('A' + column));
	}

	/** A minimal but genuine OpenDocument text document holding the report as a table, with fixed entry times. */
	private void writeOdt(Path file) throws IOException {
		StringBuilder rows = new StringBuilder();
		rows.append(odsRow("Betrieb-Nr.", OBS.code())).append(odsRow("Berichtsmonat", "09/1959"));
		rows.append(odsRow(DE_HEADERS));
		for (SheetLine line : submission(OBS, LAST_MONTH).lines) {
			rows.append(odsRow(line.section, line.teamCode, line.teamName, line.indicator,
					line.planValue.toPlainString(), line.actualValue.toPlainString()));
		}
		String content = """
				<?xml version="1.0" encoding="UTF-8"?>
				<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
				xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
				xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
				<office:body><office:text><table:table table:name="Bericht">
				%s</table:table></office:text></office:body></office:document-content>
				""".formatted(rows);
		String manifest = """
				<?xml version="1.0" encoding="UTF-8"?>
				<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
				<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
				<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
				</manifest:manifest>
				""";
		try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
			byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
			ZipEntry entry = fixedTime(new ZipEntry("mimetype"));
			entry.setMethod(ZipEntry.STORED); // ODF wants the mimetype first and uncompressed
			entry.setSize(mimetype.length);
			CRC32 crc = new CRC32();
			crc.update(mimetype);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(mimetype);
			zip.closeEntry();
			zip.putNextEntry(fixedTime(new ZipEntry("META-INF/manifest.xml")));
			zip.write(manifest.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(fixedTime(new ZipEntry("content.xml")));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
	}

	private static ZipEntry fixedTime(ZipEntry entry) {
		// DOS time starts in 1980; an earlier date would add an extra field ODF readers dislike
		entry.setTimeLocal(java.time.LocalDateTime.of(1980, 1, 2, 0, 0));
		return entry;
	}

	private static String odsRow(String... values) {
		StringBuilder row = new StringBuilder("<table:table-row>");
		for (String value : values) {
			String escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
			row.append("<table:table-cell office:value-type=\"string\"><text:p>").append(escaped)
					.append("</text:p></table:table-cell>");
		}
		return row.append("</table:table-row>\n").toString();
	}

	// ---------------------------------------------------------------- workbook helpers

	private static XSSFWorkbook newWorkbook() {
		XSSFWorkbook wb = new XSSFWorkbook();
		// a fixed document date, so regenerating changes no metadata that matters
		Date written = Date.from(LocalDate.of(YEAR, 10, 2).atStartOfDay().toInstant(ZoneOffset.UTC));
		wb.getProperties().getCoreProperties().setCreated(Optional.of(written));
		wb.getProperties().getCoreProperties().setModified(Optional.of(written));
		wb.getProperties().getCoreProperties().setCreator("Catch-Up sample generator");
		return wb;
	}

	private static CellStyle boldStyle(Workbook wb) {
		Font font = wb.createFont();
		font.setBold(true);
		CellStyle style = wb.createCellStyle();
		style.setFont(font);
		return style;
	}

	private static CellStyle numberStyle(Workbook wb, String format) {
		CellStyle style = wb.createCellStyle();
		style.setDataFormat(wb.createDataFormat().getFormat(format));
		return style;
	}

	private static void header(Sheet sheet, CellStyle bold, String... names) {
		Row row = sheet.createRow(0);
		for (int c = 0; c < names.length; c++) {
			Cell cell = row.createCell(c);
			cell.setCellValue(names[c]);
			cell.setCellStyle(bold);
		}
	}

	private static void save(Workbook wb, Path file) throws IOException {
		ByteArrayOutputStream written = new ByteArrayOutputStream();
		wb.write(written);
		Files.write(file, withFixedZipTimes(written.toByteArray()));
	}

	/** POI stamps every zip entry with the current time; a fixed one keeps regenerated files byte-identical. */
	private static byte[] withFixedZipTimes(byte[] zipped) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipped));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				zip.putNextEntry(fixedTime(new ZipEntry(entry.getName())));
				in.transferTo(zip);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	// ---------------------------------------------------------------- figures

	static final List<String> FIGURE_CODES = List.of(COMBINE_SMELTING, "KLH", "ABH", COMBINE_MINING, "FORT", "THAE", "OBS", "NRB");

	/** Every enterprise's plan/actual value, fulfilment and YTD for each month: what the bulletins must show. */
	static String figuresCsv(Plan plan) {
		StringBuilder csv = new StringBuilder(
				"enterprise_code;period;plan_value;actual_value;fulfilment_pct;ytd_pct_of_annual_plan;teams;teams_below_100\n");
		for (String code : FIGURE_CODES) {
			for (int month = 1; month <= LAST_MONTH; month++) {
				List<Line> lines = new ArrayList<>();
				for (String unit : members(code)) {
					lines.addAll(plan.lines.get(unit).get(month));
				}
				Map<String, BigDecimal> teams = teamPercents(lines);
				long below = teams.values().stream().filter(p -> p.compareTo(HUNDRED) < 0).count();
				csv.append(String.join(";", code, period(month), sum(lines, true).setScale(2).toPlainString(),
						sum(lines, false).setScale(2).toPlainString(), monthPercent(plan, code, month).toPlainString(),
						ytdPercent(plan, code, month).toPlainString(), String.valueOf(teams.size()), String.valueOf(below)))
						.append('\n');
			}
		}
		return csv.toString();
	}

	static String figuresTable(Plan plan) {
		StringBuilder table = new StringBuilder("code   ");
		for (int month = 1; month <= LAST_MONTH; month++) {
			table.append(String.format("%8s", period(month).substring(5)));
		}
		table.append("   YTD-09  annual-value\n");
		for (String code : FIGURE_CODES) {
			table.append(String.format("%-7s", code));
			for (int month = 1; month <= LAST_MONTH; month++) {
				table.append(String.format("%8s", monthPercent(plan, code, month)));
			}
			table.append(String.format("%9s  %s%n", ytdPercent(plan, code, LAST_MONTH),
					annualValue(plan, members(code)).setScale(2).toPlainString()));
		}
		return table.toString();
	}

}
