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
 * smaller networks, same optimum. When equally good assignments leave some of one enterprise's
 * teams without a helper, the teams furthest behind are helped first.
 */
final class AssistancePairing {

	static final BigDecimal HELPER_THRESHOLD = BigDecimal.valueOf(105);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * A team as the pairing sees it; {@code enterpriseBelowPlan} only matters for a team needing help,
	 * {@code team} (its name and fulfilment, for the offer) only for a helper.
	 */
	record Candidate(TeamKey key, String indicator, BigDecimal percent, boolean enterpriseBelowPlan, TeamMonth team) {

		Candidate(TeamKey key, String indicator, BigDecimal percent, boolean enterpriseBelowPlan) {
			this(key, indicator, percent, enterpriseBelowPlan, null);
		}

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

	private List<Pair> pairWithin(List<Candidate> unordered, List<Candidate> helpers) {
		// when an enterprise's teams cannot all be helped, the ones furthest behind come first
		List<Candidate> teams = new ArrayList<>(unordered);
		teams.sort(Comparator.comparing(Candidate::percent).thenComparing(Candidate::key));
		long[] surplus = helpers.stream().mapToLong(AssistancePairing::surplus).toArray();
		// a cluster = the helpers of one enterprise, in code order
		Map<String, Integer> clusterIndex = new TreeMap<>();
		List<List<Integer>> clusters = new ArrayList<>();
		for (int h = 0; h < helpers.size(); h++) {
			int c = clusterIndex.computeIfAbsent(helpers.get(h).key().enterpriseCode(), code -> clusters.size());
			if (c == clusters.size()) {
				clusters.add(new ArrayList<>());
			}
			clusters.get(c).add(h);
		}
		List<int[]> clusterHelpers = clusters.stream()
			.map(list -> list.stream().mapToInt(Integer::intValue).toArray())
			.toList();
		// a group = teams with the same eligible helpers: one enterprise, one side of the rule
		Map<String, Integer> groupIndex = new TreeMap<>();
		List<Candidate> groupFirst = new ArrayList<>();
		int[] teamGroup = new int[teams.size()];
		for (int t = 0; t < teams.size(); t++) {
			Candidate team = teams.get(t);
			String group = team.key().enterpriseCode() + (team.enterpriseBelowPlan() ? "|others" : "|own");
			teamGroup[t] = groupIndex.computeIfAbsent(group, key -> {
				groupFirst.add(team);
				return groupFirst.size() - 1;
			});
		}
		int[] ownCluster = new int[groupFirst.size()];
		int[] excluded = new int[groupFirst.size()];
		for (int g = 0; g < groupFirst.size(); g++) {
			int[] shape = shape(groupFirst.get(g), clusterIndex);
			ownCluster[g] = shape[0];
			excluded[g] = shape[1];
		}
		int[] helperOf = BlockAssignment.assign(teamGroup, ownCluster, excluded, clusterHelpers, surplus,
				maxTeamsPerHelper);
		if (helperOf == null) {
			// never for this rule's shape (see BlockAssignment); the general method decides then
			List<int[]> groupClusters = groupFirst.stream().map(team -> eligibleClusters(team, clusterIndex)).toList();
			helperOf = new MaxSurplusAssignment(maxTeamsPerHelper).assignByFlow(teamGroup, groupClusters,
					clusterHelpers, surplus);
		}
		List<Pair> pairs = new ArrayList<>();
		for (int t = 0; t < teams.size(); t++) {
			if (helperOf[t] >= 0) {
				pairs.add(new Pair(teams.get(t), helpers.get(helperOf[t])));
			}
		}
		return pairs;
	}

	/**
	 * The eligible clusters of {@link #eligibleClusters} as {@link BlockAssignment} reads them,
	 * without listing them: {own cluster, -1} when the team may take one cluster only, {-1, the
	 * excluded cluster or the number of clusters for none} when it may take several, {-1, -1} when
	 * none. Listing every other enterprise for each group would grow with the square of the
	 * enterprises (5,000 enterprises: 25 million entries per indicator).
	 */
	private static int[] shape(Candidate team, Map<String, Integer> clusterIndex) {
		int clusters = clusterIndex.size();
		Integer own = clusterIndex.get(team.key().enterpriseCode());
		if (!team.enterpriseBelowPlan()) {
			return new int[] { own == null ? -1 : own, -1 };
		}
		int eligible = clusters - (own == null ? 0 : 1);
		if (eligible == 0) {
			return new int[] { -1, -1 };
		}
		if (eligible == 1) {
			// one other cluster left (of one, or of two with its own): that one only
			return new int[] { own == null ? 0 : 1 - own, -1 };
		}
		return new int[] { -1, own == null ? clusters : own };
	}

	/** Below plan: the helpers of every other enterprise; otherwise: those of its own enterprise. */
	private static int[] eligibleClusters(Candidate team, Map<String, Integer> clusterIndex) {
		String own = team.key().enterpriseCode();
		return clusterIndex.entrySet()
			.stream()
			.filter(cluster -> cluster.getKey().equals(own) != team.enterpriseBelowPlan())
			.mapToInt(Map.Entry::getValue)
			.toArray();
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
