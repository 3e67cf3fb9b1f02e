package org.catchup.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Computes every figure of SPEC §6 for one month from plain facts held in memory: the
 * enterprise-level figures from the facts summed per enterprise and month, then the team-level
 * ones enterprise by enterprise, as the bulletin does from the warehouse without holding the facts.
 * Pure and stateless between calls: the same input always gives the same figures.
 */
public final class FiguresCalculator {

	public MonthlyFigures calculate(FiguresInput input) {
		Objects.requireNonNull(input.month(), "month");
		List<TeamIndicatorMonth> facts = orEmpty(input.facts());
		TeamFigures teams = new TeamFigures(input.month(), input.maxTeamsPerHelper(),
				orEmpty(input.registeredAssistance()));
		Map<String, List<TeamIndicatorMonth>> byEnterprise = new TreeMap<>();
		facts.forEach(row -> byEnterprise.computeIfAbsent(row.enterpriseCode(), code -> new ArrayList<>()).add(row));
		List<TeamSlice> slices = new ArrayList<>();
		byEnterprise.forEach((code, rows) -> slices.add(teams.add(code, rows)));
		EnterpriseFigures enterprises = new EnterpriseFigures(input.month(), orEmpty(input.enterprises()),
				EnterpriseMonth.sumsOf(facts), orEmpty(input.annualPlans()), orEmpty(input.submissions()),
				input.deadline(), input.reachablePace());
		OfferedHelp help = teams.offerHelp(enterprises);
		slices.forEach(slice -> help.learnHelpers(slice.teams()));
		List<TeamNeedingHelp> needing = new ArrayList<>();
		List<HiddenLaggard> laggards = new ArrayList<>();
		List<AssistancePair> pairs = new ArrayList<>();
		for (TeamSlice slice : slices) {
			needing.addAll(help.withHelpers(slice.teamsNeedingHelp()));
			HiddenLaggard laggard = enterprises.hiddenLaggard(slice.enterpriseCode(), slice.teamsNeedingHelp());
			if (laggard != null) {
				laggards.add(laggard);
			}
			pairs.addAll(help.offersTo(slice.teamsNeedingHelp()));
		}
		List<DataWarning> warnings = new ArrayList<>(orEmpty(input.warnings()));
		warnings.sort(Comparator.comparing(DataWarning::enterpriseCode, Comparator.nullsLast(Comparator.naturalOrder())));
		return teams.figures(enterprises, List.copyOf(needing), List.copyOf(laggards), List.copyOf(pairs),
				List.copyOf(warnings));
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}

}
