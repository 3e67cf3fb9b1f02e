package org.catchup.bulletin.pdf;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.catchup.bulletin.BulletinEdition;
import org.catchup.figures.AssistanceOutcome;
import org.catchup.figures.AssistancePair;
import org.catchup.figures.AssistanceResult;
import org.catchup.figures.Band;
import org.catchup.figures.CatchUpOutlook;
import org.catchup.figures.DataWarning;
import org.catchup.figures.Enterprise;
import org.catchup.figures.EnterpriseKind;
import org.catchup.figures.Fulfilment;
import org.catchup.figures.FulfilmentSeries;
import org.catchup.figures.Headline;
import org.catchup.figures.HiddenLaggard;
import org.catchup.figures.LaggingTeam;
import org.catchup.figures.MonthFulfilment;
import org.catchup.figures.MonthlyFigures;
import org.catchup.figures.Outlook;
import org.catchup.figures.PioneerFallingBehind;
import org.catchup.figures.RankingRow;
import org.catchup.figures.SubmissionStatus;
import org.catchup.figures.SubmissionStatusRow;
import org.catchup.figures.TeamNeedingHelp;
import org.catchup.figures.TeamToLearnFrom;

/**
 * A September 1959 bulletin of a copper combine: eight units with German names, about forty
 * teams below plan, and team names that look like spreadsheet formulas. Shared by the PDF and
 * Excel tests so both bulletins are checked against the same figures.
 */
public final class SampleBulletin {

	public static final YearMonth MONTH = YearMonth.of(1959, 9);

	public static final Enterprise COMBINE = new Enterprise("MK", "Mansfeld-Kombinat „Wilhelm Pieck“",
			EnterpriseKind.COMBINE, null);

	public static final Enterprise THAELMANN = unit("TS", "Thälmann-Schacht", EnterpriseKind.MINE);

	public static final Enterprise NIEDERROEBLINGEN = unit("NR", "Niederröblingen", EnterpriseKind.MINE);

	static final List<Enterprise> UNITS = List.of(THAELMANN, NIEDERROEBLINGEN,
			unit("OB", "Otto-Brosowski-Schacht", EnterpriseKind.MINE),
			unit("BK", "Bernard-Koenen-Schacht", EnterpriseKind.MINE),
			unit("FS", "Fortschritt-Schacht Hergisdorf", EnterpriseKind.MINE),
			unit("HH", "Hütte Helbra", EnterpriseKind.SMELTER), unit("KH", "Krughütte Eisleben", EnterpriseKind.SMELTER));

	/** Monthly percentages January..September per unit; KH has no plan this month (n/a). */
	private static final double[][] PERCENTS = { { 104, 103, 99, 97, 95, 92, 90, 88, 86.25 },
			{ 98, 99, 100, 101, 103, 104, 106, 108, 109.95 }, { 101, 102, 100, 103, 104, 102, 105, 103, 102.04 },
			{ 95, 96, 97, 98, 97, 99, 98, 97, 96.7 }, { 100, 100, 101, 99, 100, 98, 99, 100, 101.3 },
			{ 110, 108, 109, 111, 107, 108, 106, 107, 108.15 }, { 97, 98, 96, 99, 100, 101, 99, 98, -1 } };

	public static final String FORMULA_TEAM = "=HYPERLINK(\"http://x\")";

	private SampleBulletin() {
	}

	public static BulletinEdition edition() {
		return new BulletinEdition(figures(), "all enterprises", "submissions loaded up to #57 (1959-10-07 10:14)", 2,
				LocalDateTime.of(1959, 10, 8, 6, 30));
	}

	/** A month in which nothing went wrong: every list empty. */
	public static BulletinEdition quietEdition() {
		Headline headline = new Headline(f(100, 101.5), f(1000, 76), 1, 1, 0, 0, 0, 0, 0, 0, 0);
		MonthlyFigures figures = new MonthlyFigures(MONTH, headline,
				List.of(new RankingRow(1, 0, COMBINE, f(100, 101.5), f(1000, 76), null)), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
		return new BulletinEdition(figures, "Mansfeld-Kombinat", "submissions loaded up to #3", 1,
				LocalDateTime.of(1959, 10, 8, 6, 30));
	}

	/**
	 * A big month: 24 units of ~12 teams below plan each, to see page breaks, repeated
	 * headers and several year charts.
	 */
	public static BulletinEdition largeEdition() {
		List<RankingRow> ranking = new ArrayList<>();
		List<FulfilmentSeries> series = new ArrayList<>();
		List<TeamNeedingHelp> teams = new ArrayList<>();
		List<SubmissionStatusRow> submissions = new ArrayList<>();
		ranking.add(new RankingRow(1, 0, COMBINE, f(5_000_000, 97.2), f(60_000_000, 71.0), BigDecimal.ONE));
		for (int u = 0; u < 24; u++) {
			Enterprise unit = unit(String.format("U%02d", u), "Schacht Nr. " + u + " „Völkerfreundschaft“",
					EnterpriseKind.MINE);
			double percent = 112 - u * 1.1;
			ranking.add(new RankingRow(u + 1, 1, unit, f(200_000, percent), f(2_400_000, 70), BigDecimal.valueOf(-u / 10.0)));
			double[] months = new double[9];
			for (int m = 0; m < 9; m++) {
				months[m] = percent + (m - 8) * (u % 3 - 1) * 1.5;
			}
			series.add(new FulfilmentSeries(unit, months(months)));
			for (int t = 0; t < 12; t++) {
				double teamPercent = 75 + (u * 12 + t) % 25;
				teams.add(new TeamNeedingHelp(unit.code(), unit.code() + "-" + t, "Brigade „Glück auf“ " + t,
						"Revier " + (char) ('A' + t % 4), "CU-ERZ", f(10_000, teamPercent),
						teamPercent < 90 ? Band.CRITICAL : Band.BEHIND, 1 + t % 4, BigDecimal.valueOf(-0.5 * t), null,
						null));
			}
			submissions.add(new SubmissionStatusRow(unit, SubmissionStatus.ON_TIME, 1, LocalDateTime.of(1959, 10, 2, 8, 0)));
		}
		Headline headline = new Headline(f(5_000_000, 97.2), f(60_000_000, 71.0), 24, 11, teams.size(), 100, 0, 0, 0, 0,
				0);
		MonthlyFigures figures = new MonthlyFigures(MONTH, headline, ranking, series, teams, List.of(), List.of(),
				List.of(), submissions, List.of(), List.of(), List.of(), List.of());
		return new BulletinEdition(figures, "all enterprises", "submissions loaded up to #400", 1,
				LocalDateTime.of(1959, 10, 8, 6, 30));
	}

	public static MonthlyFigures figures() {
		List<TeamNeedingHelp> teams = teamsNeedingHelp();
		List<AssistancePair> pairs = pairs(teams);
		Headline headline = new Headline(f(1_254_300, 98.73), f(15_000_000, 73.4), 7, 4, teams.size(),
				(int) teams.stream().filter(t -> t.band() == Band.CRITICAL).count(), pairs.size(), 2, 1, 3, 1);
		return new MonthlyFigures(MONTH, headline, ranking(), series(), teams, hiddenLaggards(), pioneers(), pairs,
				submissions(), warnings(), outlooks(), assistanceResults(), teamsToLearnFrom());
	}

	/** The combine, a unit that met its year, one still within reach, one out of it, one without a plan. */
	public static List<CatchUpOutlook> outlooks() {
		return List.of(
				new CatchUpOutlook(COMBINE, f(15_000_000, 73.4), new BigDecimal("106.4"), new BigDecimal("97.95"),
						Outlook.REACHABLE),
				new CatchUpOutlook(THAELMANN, f(2_000_000, 68.25), new BigDecimal("127.25"), new BigDecimal("88.1"),
						Outlook.OUT_OF_REACH),
				new CatchUpOutlook(NIEDERROEBLINGEN, f(2_000_000, 101.2), BigDecimal.ZERO, new BigDecimal("134.9"),
						Outlook.MET),
				new CatchUpOutlook(UNITS.get(6), Fulfilment.NONE, null, null, null));
	}

	/**
	 * Three pairs: one caught up, one improving whose helper slipped, one whose helped team has
	 * no row before the help (n/a).
	 */
	public static List<AssistanceResult> assistanceResults() {
		return List.of(
				new AssistanceResult("TS", "TS-101", "Brigade „Glück auf“ 2", "NR", "NR-200", "Brigade „Hüttenfeuer“",
						YearMonth.of(1959, 7), null, "", 3, f(20_000, 80.8), f(20_000, 104.0), f(20_000, 115.9),
						f(20_000, 117.5), AssistanceOutcome.CAUGHT_UP, false,
						overTime(YearMonth.of(1959, 4), 85.7, 83.7, 82.4, 80.8, 102.0, 104.0)),
				new AssistanceResult("TS", "TS-102", "Hauer-Brigade Müller 3", "HH", "HH-201", "Brigade Ofen 1",
						YearMonth.of(1959, 8), null, "", 2, f(20_000, 69.3), f(20_000, 99.96), f(20_000, 106),
						f(20_000, 98.5), AssistanceOutcome.IMPROVING, true,
						overTime(YearMonth.of(1959, 5), 98.6, 89.2, 69.3, 82.4, 99.96)),
				new AssistanceResult("KH", "KH-903", "@x", "HH", "HH-202", "Brigade Ofen 2", YearMonth.of(1959, 9), null,
						"", 1, Fulfilment.NONE, f(20_000, 81.94), f(20_000, 110), f(20_000, 111), AssistanceOutcome.NOT_YET, false,
						overTime(YearMonth.of(1959, 6), -1, -1, -1, 81.94)));
	}

	public static List<TeamToLearnFrom> teamsToLearnFrom() {
		return List.of(
				new TeamToLearnFrom("CU", 1, "HH", "HH-200", "Brigade „Hüttenfeuer“", new BigDecimal("117.23333"),
						List.of(f(20_000, 115.9), f(20_000, 118.3), f(20_000, 117.5))),
				new TeamToLearnFrom("CU", 2, "NR", "NR-300", "Brigade Nord", new BigDecimal("104.96666"),
						List.of(f(20_000, 105.0), f(20_000, 104.9), f(20_000, 105.0))),
				new TeamToLearnFrom("ORE", 1, "TS", "TS-900", "Förderbrigade Süd", new BigDecimal("109"),
						List.of(f(20_000, 108), f(20_000, 109), f(20_000, 110))));
	}

	private static List<MonthFulfilment> overTime(YearMonth first, double... percents) {
		List<MonthFulfilment> months = new ArrayList<>();
		for (int m = 0; m < percents.length; m++) {
			months.add(new MonthFulfilment(first.plusMonths(m), percents[m] < 0 ? Fulfilment.NONE : f(20_000, percents[m])));
		}
		return months;
	}

	private static List<RankingRow> ranking() {
		List<RankingRow> rows = new ArrayList<>();
		rows.add(new RankingRow(1, 0, COMBINE, f(1_254_300, 98.73), f(15_000_000, 73.4), new BigDecimal("-0.35")));
		int[] order = { 1, 5, 2, 4, 3, 0, 6 };
		int rank = 1;
		for (int index : order) {
			double percent = PERCENTS[index][8];
			Fulfilment month = percent < 0 ? new Fulfilment(BigDecimal.ZERO, new BigDecimal("1200")) : f(180_000.5, percent);
			BigDecimal change = percent < 0 ? null : BigDecimal.valueOf(percent - PERCENTS[index][7]);
			rows.add(new RankingRow(percent < 0 ? 0 : rank++, 1, UNITS.get(index), month, f(2_100_000, 70 + index), change));
		}
		return rows;
	}

	private static List<FulfilmentSeries> series() {
		List<FulfilmentSeries> series = new ArrayList<>();
		series.add(new FulfilmentSeries(COMBINE, months(new double[] { 101, 101, 100, 101, 101, 100, 100, 99, 98.7 })));
		for (int i = 0; i < UNITS.size(); i++) {
			series.add(new FulfilmentSeries(UNITS.get(i), months(PERCENTS[i])));
		}
		return series;
	}

	private static List<MonthFulfilment> months(double[] percents) {
		List<MonthFulfilment> months = new ArrayList<>();
		for (int m = 0; m < percents.length; m++) {
			Fulfilment fulfilment = percents[m] < 0 ? Fulfilment.NONE : f(100_000, percents[m]);
			months.add(new MonthFulfilment(YearMonth.of(1959, m + 1), fulfilment));
		}
		return months;
	}

	private static List<TeamNeedingHelp> teamsNeedingHelp() {
		String[] names = { "Brigade „Glück auf“", "Jugendbrigade „Ernst Thälmann“", "Hauer-Brigade Müller",
				"Förderbrigade Süd", "Brigade „Frieden“", "Streckenvortrieb Nord" };
		List<TeamNeedingHelp> teams = new ArrayList<>();
		int n = 0;
		for (Enterprise unit : List.of(THAELMANN, NIEDERROEBLINGEN, UNITS.get(3), UNITS.get(4), UNITS.get(6))) {
			int count = unit == THAELMANN ? 14 : 7;
			for (int i = 0; i < count; i++, n++) {
				double percent = 70 + (n * 7.3) % 29.9;
				String name = names[i % names.length] + " " + (i + 1);
				teams.add(new TeamNeedingHelp(unit.code(), unit.code() + "-" + (100 + i), name,
						"Revier " + (char) ('A' + i % 4), "CU-ERZ", f(20_000, percent),
						percent < 90 ? Band.CRITICAL : Band.BEHIND, 1 + i % 5, BigDecimal.valueOf(-1.25 - i % 3),
						i % 3 == 2 ? null : "HH-" + (200 + i), i % 3 == 2 ? null : "HH"));
			}
		}
		teams.add(new TeamNeedingHelp("KH", "=1+1", FORMULA_TEAM, "Revier A", "CU-ERZ", f(20_000, 95), Band.BEHIND, 1,
				null, null, null));
		teams.add(new TeamNeedingHelp("KH", "KH-901", "+1", "Revier A", "CU-ERZ", f(20_000, 96), Band.BEHIND, 2,
				new BigDecimal("0.05"), null, null));
		teams.add(new TeamNeedingHelp("KH", "KH-902", "-2", "Revier A", "CU-ERZ", new Fulfilment(BigDecimal.ZERO,
				BigDecimal.ZERO), Band.BEHIND, 1, null, null, null));
		teams.add(new TeamNeedingHelp("KH", "KH-903", "@x", "Revier B", "CU-ERZ", f(20_000, 81.94), Band.CRITICAL, 3,
				new BigDecimal("-4.449"), null, null));
		return teams;
	}

	private static List<AssistancePair> pairs(List<TeamNeedingHelp> teams) {
		return teams.stream()
			.filter(t -> t.helperTeamCode() != null)
			.map(t -> new AssistancePair(t.enterpriseCode(), t.teamCode(), t.teamName(), t.fulfilment(),
					t.helperEnterpriseCode(), t.helperTeamCode(), "Brigade „Hüttenfeuer“ " + t.helperTeamCode().substring(3),
					f(20_000, 112.5), t.mainIndicator()))
			.toList();
	}

	private static List<HiddenLaggard> hiddenLaggards() {
		return List.of(
				new HiddenLaggard(NIEDERROEBLINGEN, f(180_000, 109.95),
						List.of(new LaggingTeam("NR-100", "Brigade „Glück auf“ 1", f(20_000, 91.2)),
								new LaggingTeam("NR-101", "Jugendbrigade „Ernst Thälmann“ 2", f(20_000, 97.04)))),
				new HiddenLaggard(UNITS.get(2), f(180_000, 102.04),
						List.of(new LaggingTeam("OB-104", "Förderbrigade Süd 5", f(20_000, 88.8)))));
	}

	private static List<PioneerFallingBehind> pioneers() {
		// top third in 5 of the last 6 months, below plan now, and falling since June
		return List.of(new PioneerFallingBehind(THAELMANN, f(180_000, 86.25), 5, 6,
				List.of(f(180_000, 92), f(180_000, 90), f(180_000, 88), f(180_000, 86.25))));
	}

	private static List<SubmissionStatusRow> submissions() {
		LocalDateTime received = LocalDateTime.of(1959, 10, 3, 14, 5);
		return List.of(new SubmissionStatusRow(THAELMANN, SubmissionStatus.ON_TIME, 1, received),
				new SubmissionStatusRow(NIEDERROEBLINGEN, SubmissionStatus.ON_TIME, 2, received.plusHours(20)),
				new SubmissionStatusRow(UNITS.get(2), SubmissionStatus.LATE, 1, LocalDateTime.of(1959, 10, 7, 9, 41)),
				new SubmissionStatusRow(UNITS.get(3), SubmissionStatus.ON_TIME, 1, received),
				new SubmissionStatusRow(UNITS.get(4), SubmissionStatus.REJECTED, 3, received.minusDays(1)),
				new SubmissionStatusRow(UNITS.get(5), SubmissionStatus.ON_TIME, 1, received),
				new SubmissionStatusRow(UNITS.get(6), SubmissionStatus.MISSING, null, null));
	}

	private static List<DataWarning> warnings() {
		return List.of(
				new DataWarning("TS", "NUMBER_AS_TEXT", "Bericht!F17", "Ist", "81,9",
						"The number „81,9“ was stored as text; read as 81.9."),
				new DataWarning("NR", "ACTUAL_ABOVE_TWICE_PLAN", "Bericht!G23", "Ist", "4210",
						"Actual 4,210.00 is more than twice the plan 1,900.00 for team NR-104 (Förderbrigade Süd 5); please check the figure."),
				new DataWarning("OB", "LATE_SUBMISSION", "", "Received on 1959-10-07, after the deadline of 1959-10-05."),
				// a code the bundles do not know keeps the rule's own sentence in every language
				new DataWarning("BK", "TEAM_RENAMED", "Report!C9", "Team BK-102 was „Hauer-Brigade Müller“, now „Brigade Müller“."),
				new DataWarning("HH", "NEW_TEAM", "Report!B31", "team_code", "HH-215", "Team HH-215 was never seen before."));
	}

	private static Enterprise unit(String code, String name, EnterpriseKind kind) {
		return new Enterprise(code, name, kind, "MK");
	}

	/** A fulfilment of the given plan value at exactly {@code percent}. */
	public static Fulfilment f(double plan, double percent) {
		BigDecimal planValue = BigDecimal.valueOf(plan);
		return new Fulfilment(planValue, planValue.multiply(BigDecimal.valueOf(percent)).movePointLeft(2));
	}

}
