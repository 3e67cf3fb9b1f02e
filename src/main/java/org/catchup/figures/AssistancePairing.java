package org.catchup.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Offers each team needing help one helper team of the same month at 105 % or more with the
 * same main indicator. When the team's enterprise as a whole is below plan the helper comes
 * from another enterprise, otherwise from the team's own enterprise. A helper takes at most
 * {@code maxTeamsPerHelper} teams. The assignment is optimal (most teams helped, then the
 * largest total surplus = helper percent − 100), see {@link MaxSurplusAssignment}.
 * <p>
 * Teams can only be paired within one main indicator, so each indicator is solved on its own:
 * smaller networks, same optimum.
 */
final class AssistancePairing {

	static final BigDecimal HELPER_THRESHOLD = BigDecimal.valueOf(105);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** A team as the pairing sees it; {@code enterpriseBelowPlan} only matters for a team needing help. */
	record Candidate(TeamKey key, String indicator, BigDecimal percent, boolean enterpriseBelowPlan) {
	}

	record Pair(Candidate team, Candidate helper) {
	}

	private final int maxTeamsPerHelper;

	AssistancePairing(int maxTeamsPerHelper) {
		this.maxTeamsPerHelper = maxTeamsPerHelper;
	}

	/** Pairs ordered by the needing team's key; inputs may come in any order. */
	List<Pair> pair(Collection<Candidate> needing, Collection<Candidate> strong) {
		Map<String, List<Candidate>> needingByIndicator = byIndicator(needing);
		Map<String, List<Candidate>> helpersByIndicator = byIndicator(
				strong.stream().filter(helper -> helper.percent().compareTo(HELPER_THRESHOLD) >= 0).toList());
		List<Pair> pairs = new ArrayList<>();
		needingByIndicator.forEach((indicator, teams) -> pairs
			.addAll(pairWithin(teams, helpersByIndicator.getOrDefault(indicator, List.of()))));
		pairs.sort(Comparator.comparing(pair -> pair.team().key()));
		return pairs;
	}

	private List<Pair> pairWithin(List<Candidate> teams, List<Candidate> helpers) {
		Map<String, List<Integer>> helpersByEnterprise = new TreeMap<>();
		for (int h = 0; h < helpers.size(); h++) {
			helpersByEnterprise.computeIfAbsent(helpers.get(h).key().enterpriseCode(), code -> new ArrayList<>()).add(h);
		}
		List<MaxSurplusAssignment.Edge> edges = new ArrayList<>();
		for (int t = 0; t < teams.size(); t++) {
			Candidate team = teams.get(t);
			String ownEnterprise = team.key().enterpriseCode();
			if (team.enterpriseBelowPlan()) {
				for (int h = 0; h < helpers.size(); h++) {
					if (!helpers.get(h).key().enterpriseCode().equals(ownEnterprise)) {
						edges.add(new MaxSurplusAssignment.Edge(t, h, surplus(helpers.get(h))));
					}
				}
			}
			else {
				for (int h : helpersByEnterprise.getOrDefault(ownEnterprise, List.of())) {
					edges.add(new MaxSurplusAssignment.Edge(t, h, surplus(helpers.get(h))));
				}
			}
		}
		return new MaxSurplusAssignment(maxTeamsPerHelper).assign(teams.size(), helpers.size(), edges)
			.stream()
			.map(edge -> new Pair(teams.get(edge.team()), helpers.get(edge.helper())))
			.toList();
	}

	/** Helper percent − 100 in hundredths of a percentage point, so costs are exact integers. */
	static long surplus(Candidate helper) {
		return helper.percent().subtract(HUNDRED).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

	/** Grouped by indicator, each group sorted by key: the order the network is built in. */
	private static Map<String, List<Candidate>> byIndicator(Collection<Candidate> candidates) {
		Map<String, List<Candidate>> grouped = new TreeMap<>();
		candidates.stream()
			.filter(candidate -> candidate.indicator() != null)
			.sorted(Comparator.comparing(Candidate::key))
			.forEach(candidate -> grouped.computeIfAbsent(candidate.indicator(), code -> new ArrayList<>()).add(candidate));
		return grouped;
	}

}
