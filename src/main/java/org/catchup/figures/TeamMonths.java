package org.catchup.figures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Every team's fulfilment per month, built once from the facts. */
final class TeamMonths {

	private final TreeMap<YearMonth, Map<TeamKey, TeamMonth>> byMonth = new TreeMap<>();

	TeamMonths(Collection<TeamIndicatorMonth> facts) {
		Map<YearMonth, Map<TeamKey, List<TeamIndicatorMonth>>> grouped = facts.stream()
			.collect(Collectors.groupingBy(TeamIndicatorMonth::period, TreeMap::new,
					Collectors.groupingBy(TeamKey::of, TreeMap::new, Collectors.toList())));
		grouped.forEach((month, teams) -> {
			Map<TeamKey, TeamMonth> teamMonths = new TreeMap<>();
			teams.forEach((key, rows) -> teamMonths.put(key, summarise(key, rows)));
			byMonth.put(month, teamMonths);
		});
	}

	/** The team's figures in {@code month}, or null when it submitted nothing that month. */
	TeamMonth get(YearMonth month, TeamKey key) {
		return byMonth.getOrDefault(month, Map.of()).get(key);
	}

	/** All teams of {@code month}, ordered by enterprise code then team code. */
	Collection<TeamMonth> in(YearMonth month) {
		return byMonth.getOrDefault(month, Map.of()).values();
	}

	/** The team's name in the latest month up to {@code month} with a row of it; null when there is none. */
	String latestName(TeamKey key, YearMonth month) {
		for (Map<TeamKey, TeamMonth> teams : byMonth.headMap(month, true).descendingMap().values()) {
			TeamMonth team = teams.get(key);
			if (team != null) {
				return team.teamName();
			}
		}
		return null;
	}

	private static TeamMonth summarise(TeamKey key, List<TeamIndicatorMonth> rows) {
		// rows sorted by indicator so that name and section come from a stable row
		List<TeamIndicatorMonth> sorted = new ArrayList<>(rows);
		sorted.sort(Comparator.comparing(TeamIndicatorMonth::indicator));
		Fulfilment fulfilment = Fulfilment.NONE;
		Map<String, BigDecimal> planByIndicator = new TreeMap<>();
		for (TeamIndicatorMonth row : sorted) {
			fulfilment = fulfilment.plus(new Fulfilment(row.planValue(), row.actualValue()));
			planByIndicator.merge(row.indicator(), row.planValue(), BigDecimal::add);
		}
		TeamIndicatorMonth first = sorted.get(0);
		return new TeamMonth(key, first.teamName(), first.section(), mainIndicator(planByIndicator), fulfilment);
	}

	/** Largest plan value wins; the TreeMap's order makes the smallest code win a tie. */
	static String mainIndicator(Map<String, BigDecimal> planByIndicator) {
		String main = null;
		BigDecimal largest = null;
		for (Map.Entry<String, BigDecimal> entry : planByIndicator.entrySet()) {
			if (largest == null || entry.getValue().compareTo(largest) > 0) {
				main = entry.getKey();
				largest = entry.getValue();
			}
		}
		return main;
	}

}
