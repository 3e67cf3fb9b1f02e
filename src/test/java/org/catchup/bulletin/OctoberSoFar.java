package org.catchup.bulletin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.catchup.figures.AnnualPlanValue;
import org.catchup.figures.Enterprise;
import org.catchup.figures.EnterpriseKind;
import org.catchup.figures.FiguresCalculator;
import org.catchup.figures.FiguresInput;
import org.catchup.figures.MonthlyFigures;
import org.catchup.figures.SubmissionFact;
import org.catchup.figures.TeamIndicatorMonth;

/**
 * October 1959 of the sample region, computed by the real calculator: early in the month only
 * OBS has reported (so BBM, one of whose four units it is, tops the ranking at 100.9 %), and
 * before that nobody has. September is complete, so the year has history.
 */
public final class OctoberSoFar {

	public static final YearMonth OCTOBER = YearMonth.of(1959, 10);

	static final List<Enterprise> ENTERPRISES = List.of(
			new Enterprise("HKWP", "Hüttenkombinat „Wilhelm Pieck“", EnterpriseKind.COMBINE, null),
			new Enterprise("KLH", "Karl-Liebknecht-Hütte", EnterpriseKind.SMELTER, "HKWP"),
			new Enterprise("ABH", "August-Bebel-Hütte", EnterpriseKind.SMELTER, "HKWP"),
			new Enterprise("BBM", "Bergbaubetrieb Mansfeld", EnterpriseKind.COMBINE, null),
			new Enterprise("FORT", "Schacht Fortschritt (Progress)", EnterpriseKind.MINE, "BBM"),
			new Enterprise("THAE", "Thälmann-Schacht", EnterpriseKind.MINE, "BBM"),
			new Enterprise("OBS", "Otto-Brosowski-Schacht", EnterpriseKind.MINE, "BBM"),
			new Enterprise("NRB", "Schacht Niederröblingen", EnterpriseKind.MINE, "BBM"));

	static final List<String> UNITS = List.of("KLH", "ABH", "FORT", "THAE", "OBS", "NRB");

	private OctoberSoFar() {
	}

	/** Only OBS has reported for October: 100.9 % over its teams, two of them below plan. */
	public static MonthlyFigures onlyObsReported() {
		return figures(List.of("OBS"));
	}

	/** Nobody has reported for October yet. */
	public static MonthlyFigures nobodyReported() {
		return figures(List.of());
	}

	public static BulletinEdition edition(MonthlyFigures figures) {
		return new BulletinEdition(figures, "All enterprises", "54 submission versions, last #55", 1,
				LocalDateTime.of(1959, 11, 3, 6, 30));
	}

	private static MonthlyFigures figures(List<String> reportedInOctober) {
		List<TeamIndicatorMonth> facts = new ArrayList<>();
		for (String unit : UNITS) {
			for (int team = 1; team <= 4; team++) {
				facts.add(fact(OCTOBER.minusMonths(1), unit, team, 99 + team));
			}
		}
		// OBS's October: 105 + 104 + 98 + 96.6 over equal plans is 100.9 %
		double[] obs = { 105, 104, 98, 96.6 };
		if (reportedInOctober.contains("OBS")) {
			for (int team = 1; team <= 4; team++) {
				facts.add(fact(OCTOBER, "OBS", team, obs[team - 1]));
			}
		}
		List<AnnualPlanValue> plans = UNITS.stream()
			.map(unit -> new AnnualPlanValue(unit, 1959, BigDecimal.valueOf(4 * 12 * 10_000)))
			.toList();
		List<SubmissionFact> submissions = new ArrayList<>();
		for (String unit : reportedInOctober) {
			submissions.add(new SubmissionFact(unit, OCTOBER, 1, LocalDateTime.of(1959, 11, 2, 9, 0), false, null));
		}
		return new FiguresCalculator().calculate(new FiguresInput(OCTOBER, ENTERPRISES, facts, plans, submissions,
				List.of(), LocalDate.of(1959, 11, 5), 2, List.of(), FiguresInput.DEFAULT_REACHABLE_PACE));
	}

	private static TeamIndicatorMonth fact(YearMonth month, String unit, int team, double percent) {
		BigDecimal plan = BigDecimal.valueOf(10_000);
		return new TeamIndicatorMonth(month, unit, unit + "-" + team, "Brigade " + unit + " " + team, "Revier A", "CU",
				plan, plan.multiply(BigDecimal.valueOf(percent)).movePointLeft(2));
	}

}
