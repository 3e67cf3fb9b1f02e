package org.catchup.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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

	/**
	 * The pairs found: {@code teams[i]} of the teams needing help gets {@code helpers[i]}, ordered
	 * by the needing team's key.
	 */
	record Paired(int[] teams, int[] helpers) {

		int size() {
			return teams.length;
		}

	}

	/** Pairs ordered by the needing team's key; inputs may come in any order. */
	List<Pair> pair(Collection<Candidate> needing, Collection<Candidate> strong) {
		List<Candidate> teams = byKey(needing);
		List<Candidate> helpers = byKey(strong);
		PairingCandidates teamColumns = columns(teams);
		for (int t = 0; t < teams.size(); t++) {
			teamColumns.setEnterpriseBelowPlan(t, teams.get(t).enterpriseBelowPlan());
		}
		Paired paired = pair(teamColumns, columns(helpers));
		List<Pair> pairs = new ArrayList<>(paired.size());
		for (int i = 0; i < paired.size(); i++) {
			pairs.add(new Pair(teams.get(paired.teams()[i]), helpers.get(paired.helpers()[i])));
		}
		return pairs;
	}

	private static List<Candidate> byKey(Collection<Candidate> candidates) {
		return candidates.stream().sorted(Comparator.comparing(Candidate::key)).toList();
	}

	private static PairingCandidates columns(List<Candidate> candidates) {
		PairingCandidates columns = new PairingCandidates();
		candidates.forEach(candidate -> columns.add(candidate.key().enterpriseCode(), candidate.key().teamCode(),
				candidate.indicator(), candidate.percent()));
		return columns;
	}

	/**
	 * The same on the columns the national figures keep, one indicator at a time: only one
	 * indicator's working lists are in memory at once (all four at once held some 6 MB nationally).
	 */
	Paired pair(PairingCandidates needing, PairingCandidates strong) {
		long[] surplus = new long[strong.size()];
		BitSet atHelperLine = new BitSet(strong.size());
		for (int h = 0; h < strong.size(); h++) {
			BigDecimal percent = strong.percent(h);
			surplus[h] = surplus(percent);
			atHelperLine.set(h, percent.compareTo(HELPER_THRESHOLD) >= 0);
		}
		// a float per team: 0.4 MB nationally, and its rounding keeps the order as well
		float[] approximate = new float[needing.size()];
		Set<String> indicators = new TreeSet<>();
		for (int t = 0; t < needing.size(); t++) {
			approximate[t] = needing.percent(t).floatValue();
			if (needing.indicator(t) != null) {
				indicators.add(needing.indicator(t));
			}
		}
		int[] helperOf = new int[needing.size()];
		Arrays.fill(helperOf, -1);
		for (String indicator : indicators) {
			List<Integer> teams = new ArrayList<>();
			for (int t = 0; t < needing.size(); t++) {
				if (indicator.equals(needing.indicator(t))) {
					teams.add(t);
				}
			}
			List<Integer> helpers = new ArrayList<>();
			for (int h = 0; h < strong.size(); h++) {
				if (atHelperLine.get(h) && indicator.equals(strong.indicator(h))) {
					helpers.add(h);
				}
			}
			// the network is built in key order
			teams.sort((a, b) -> needing.compareKeys(a, b));
			helpers.sort((a, b) -> strong.compareKeys(a, b));
			pairWithin(needing, teams, approximate, strong, helpers, surplus)
				.forEach(pair -> helperOf[pair[0]] = pair[1]);
		}
		List<Integer> paired = new ArrayList<>();
		for (int t = 0; t < needing.size(); t++) {
			if (helperOf[t] >= 0) {
				paired.add(t);
			}
		}
		paired.sort((a, b) -> needing.compareKeys(a, b));
		int[] teams = paired.stream().mapToInt(Integer::intValue).toArray();
		return new Paired(teams, Arrays.stream(teams).map(t -> helperOf[t]).toArray());
	}

	private List<int[]> pairWithin(PairingCandidates needing, List<Integer> byKey, float[] approximate,
			PairingCandidates strong, List<Integer> helpers, long[] surplusOf) {
		// when an enterprise's teams cannot all be helped, the ones furthest behind come first
		List<Integer> teams = new ArrayList<>(byKey);
		teams.sort(byPercent(needing, approximate));
		long[] surplus = helpers.stream().mapToLong(h -> surplusOf[h]).toArray();
		// a cluster = the helpers of one enterprise, in code order
		Map<String, Integer> clusterIndex = new TreeMap<>();
		List<List<Integer>> clusters = new ArrayList<>();
		for (int h = 0; h < helpers.size(); h++) {
			int c = clusterIndex.computeIfAbsent(strong.enterpriseCode(helpers.get(h)), code -> clusters.size());
			if (c == clusters.size()) {
				clusters.add(new ArrayList<>());
			}
			clusters.get(c).add(h);
		}
		List<int[]> clusterHelpers = clusters.stream()
			.map(list -> list.stream().mapToInt(Integer::intValue).toArray())
			.toList();
		// a group = teams with the same eligible helpers: one enterprise, one side of the rule
		Map<String, Integer> groupIndex = new HashMap<>();
		List<Integer> groupFirst = new ArrayList<>();
		int[] teamGroup = new int[teams.size()];
		for (int t = 0; t < teams.size(); t++) {
			int team = teams.get(t);
			String group = needing.enterpriseCode(team) + (needing.enterpriseBelowPlan(team) ? "|others" : "|own");
			teamGroup[t] = groupIndex.computeIfAbsent(group, key -> {
				groupFirst.add(team);
				return groupFirst.size() - 1;
			});
		}
		int[] ownCluster = new int[groupFirst.size()];
		int[] excluded = new int[groupFirst.size()];
		for (int g = 0; g < groupFirst.size(); g++) {
			int team = groupFirst.get(g);
			int[] shape = shape(needing.enterpriseCode(team), needing.enterpriseBelowPlan(team), clusterIndex);
			ownCluster[g] = shape[0];
			excluded[g] = shape[1];
		}
		int[] helperOf = BlockAssignment.assign(teamGroup, ownCluster, excluded, clusterHelpers, surplus,
				maxTeamsPerHelper);
		if (helperOf == null) {
			// never for this rule's shape (see BlockAssignment); the general method decides then
			List<int[]> groupClusters = groupFirst.stream()
				.map(team -> eligibleClusters(needing.enterpriseCode(team), needing.enterpriseBelowPlan(team),
						clusterIndex))
				.toList();
			helperOf = new MaxSurplusAssignment(maxTeamsPerHelper).assignByFlow(teamGroup, groupClusters,
					clusterHelpers, surplus);
		}
		List<int[]> pairs = new ArrayList<>();
		for (int t = 0; t < teams.size(); t++) {
			if (helperOf[t] >= 0) {
				pairs.add(new int[] { teams.get(t), helpers.get(helperOf[t]) });
			}
		}
		return pairs;
	}

	/**
	 * Lowest exact percent first, then by key (the list comes in key order and the sort is
	 * stable). The percents are compared as floats first, a rounding that keeps their order,
	 * and exactly only where the floats are equal: the exact ones are read back from their bytes.
	 */
	private static Comparator<Integer> byPercent(PairingCandidates needing, float[] approximate) {
		return (a, b) -> {
			int rough = Float.compare(approximate[a], approximate[b]);
			return rough != 0 ? rough : needing.percent(a).compareTo(needing.percent(b));
		};
	}

	/**
	 * The eligible clusters of {@link #eligibleClusters} as {@link BlockAssignment} reads them,
	 * without listing them: {own cluster, -1} when the team may take one cluster only, {-1, the
	 * excluded cluster or the number of clusters for none} when it may take several, {-1, -1} when
	 * none. Listing every other enterprise for each group would grow with the square of the
	 * enterprises (5,000 enterprises: 25 million entries per indicator).
	 */
	private static int[] shape(String enterpriseCode, boolean enterpriseBelowPlan, Map<String, Integer> clusterIndex) {
		int clusters = clusterIndex.size();
		Integer own = clusterIndex.get(enterpriseCode);
		if (!enterpriseBelowPlan) {
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
	private static int[] eligibleClusters(String own, boolean enterpriseBelowPlan, Map<String, Integer> clusterIndex) {
		return clusterIndex.entrySet()
			.stream()
			.filter(cluster -> cluster.getKey().equals(own) != enterpriseBelowPlan)
			.mapToInt(Map.Entry::getValue)
			.toArray();
	}

	/** Helper percent − 100 in hundredths of a percentage point, so costs are exact integers. */
	static long surplus(Candidate helper) {
		return surplus(helper.percent());
	}

	private static long surplus(BigDecimal percent) {
		return percent.subtract(HUNDRED).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

}
