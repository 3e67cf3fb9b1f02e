package org.catchup.figures;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Enterprises at or above 100 % whose own teams include some below 100 %: the good total
 * must not hide them. Only teams submitted directly under the enterprise count; a combine's
 * units are judged on their own.
 */
final class HiddenLaggards {

	private final EnterpriseTree tree;

	private final TeamMonths teams;

	private final EnterpriseFulfilments fulfilments;

	HiddenLaggards(EnterpriseTree tree, TeamMonths teams, EnterpriseFulfilments fulfilments) {
		this.tree = tree;
		this.teams = teams;
		this.fulfilments = fulfilments;
	}

	/** Ordered by enterprise code; each enterprise's teams by fulfilment ascending, then team code. */
	List<HiddenLaggard> find(YearMonth month) {
		Map<String, List<TeamMonth>> behindByEnterprise = new TreeMap<>();
		for (TeamMonth team : teams.in(month)) {
			if (team.fulfilment().isBelowPlan()) {
				behindByEnterprise.computeIfAbsent(team.key().enterpriseCode(), code -> new ArrayList<>()).add(team);
			}
		}
		List<HiddenLaggard> laggards = new ArrayList<>();
		behindByEnterprise.forEach((code, behind) -> {
			behind.sort(Comparator.comparing(TeamMonth::fulfilment, ExactPercent.ASCENDING)
				.thenComparing(team -> team.key().teamCode()));
			HiddenLaggard laggard = of(tree.get(code), fulfilments.month(code, month), behind.stream()
				.map(team -> new LaggingTeam(team.key().teamCode(), team.teamName(), team.fulfilment()))
				.toList());
			if (laggard != null) {
				laggards.add(laggard);
			}
		});
		return laggards;
	}

	/**
	 * The enterprise as a hidden laggard when its total is at or above plan and {@code behind} (its
	 * own teams below plan, by fulfilment then team code) is not empty; else null. An enterprise
	 * not in the reference data is never one.
	 */
	static HiddenLaggard of(Enterprise enterprise, Fulfilment total, List<LaggingTeam> behind) {
		if (enterprise == null || !total.isDefined() || total.isBelowPlan() || behind.isEmpty()) {
			return null;
		}
		return new HiddenLaggard(enterprise, total, behind);
	}

}
