package org.catchup.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The pairing's optimum without a flow network, for the eligibility the pairing rule produces:
 * each group of teams may take either the helpers of exactly one cluster (a team whose enterprise
 * is at plan: its own enterprise) or of every cluster but at most one (a team whose enterprise
 * is below plan: every other enterprise).
 * <p>
 * Why greedy is optimal: a helper's surplus does not depend on the team it takes, so what matters
 * is which helper places (units) are used. The sets of units that can all be given to distinct
 * teams are the independent sets of a transversal matroid; its bases are exactly the largest
 * assignments, and taking units by descending surplus whenever the set stays assignable yields a
 * basis of largest total surplus (Rado–Edmonds). For this eligibility Hall's condition is a few
 * counts: a cluster c's units serve its own-enterprise teams first (only c can), and its remaining
 * r(c) units are assignable iff Σ r ≤ B and r(c) ≤ B − b(c), where B counts the below-plan teams
 * and b(c) those that may not take c. So each unit is decided in O(1).
 * <p>
 * The MaxSurplusAssignment flow remains the general method; this returns null for any other shape.
 */
final class BlockAssignment {

	private BlockAssignment() {
	}

	/** Same contract as {@link MaxSurplusAssignment#assign}, or null when the eligibility has another shape. */
	static int[] assign(int[] teamGroup, List<int[]> groupClusters, List<int[]> clusterHelpers, long[] surplus,
			int capacity) {
		int clusters = clusterHelpers.size();
		int groups = groupClusters.size();
		// per group: the only cluster it may use (own), or the one it may not use (others; clusters = none)
		int[] ownCluster = new int[groups];
		int[] excluded = new int[groups];
		Arrays.fill(ownCluster, -1);
		Arrays.fill(excluded, -1);
		for (int g = 0; g < groups; g++) {
			int[] eligible = groupClusters.get(g);
			if (eligible.length == 1) {
				ownCluster[g] = eligible[0];
			}
			else if (eligible.length >= clusters - 1 && eligible.length > 1) {
				boolean[] seen = new boolean[clusters];
				for (int c : eligible) {
					seen[c] = true;
				}
				int missing = IntStream.range(0, clusters).filter(c -> !seen[c]).findFirst().orElse(clusters);
				if (eligible.length == clusters - 1 && IntStream.range(0, clusters).filter(c -> !seen[c]).count() != 1) {
					return null;
				}
				excluded[g] = missing;
			}
			else if (eligible.length != 0) {
								return null;
			}
		}
		int[] groupSize = new int[groups];
		for (int g : teamGroup) {
			groupSize[g]++;
		}
		// excluded index 'clusters' stands for "may use every cluster"
		long[] own = new long[clusters];
		long[] belowExcluding = new long[clusters + 1];
		long below = 0;
		for (int g = 0; g < groups; g++) {
			if (ownCluster[g] >= 0) {
				own[ownCluster[g]] += groupSize[g];
			}
			else if (groupClusters.get(g).length > 0) {
				belowExcluding[excluded[g]] += groupSize[g];
				below += groupSize[g];
			}
		}
		int[] clusterOf = new int[surplus.length];
		for (int c = 0; c < clusters; c++) {
			for (int h : clusterHelpers.get(c)) {
				clusterOf[h] = c;
			}
		}
		Integer[] order = IntStream.range(0, surplus.length).boxed().toArray(Integer[]::new);
		Arrays.sort(order, (a, b) -> surplus[a] != surplus[b] ? Long.compare(surplus[b], surplus[a]) : Integer.compare(a, b));
		long[] used = new long[clusters];
		long[] rest = new long[clusters];
		long restTotal = 0;
		List<List<Integer>> chosen = new ArrayList<>();
		for (int c = 0; c < clusters; c++) {
			chosen.add(new ArrayList<>());
		}
		for (int h : order) {
			int c = clusterOf[h];
			for (int unit = 0; unit < capacity; unit++) {
				if (used[c] < own[c]) {
					used[c]++;
				}
				else if (restTotal + 1 <= below && rest[c] + 1 <= below - belowExcluding[c]) {
					used[c]++;
					rest[c]++;
					restTotal++;
				}
				else {
					break; // the test depends on the cluster only: no further unit of it fits
				}
				chosen.get(c).add(h);
			}
		}
		return distribute(teamGroup, groupSize, ownCluster, excluded, clusters, own, belowExcluding, chosen);
	}

	/**
	 * The greedy spread left one unit of cluster {@code start} without a class: find an augmenting
	 * path (cluster → class → a cluster already using that class → another class …) to a class
	 * with room, and shift one unit along it.
	 */
	private static boolean reroute(int start, long[][] flow, long[] capacityLeft) {
		int clusters = flow.length;
		int[] viaCluster = new int[clusters + 1];
		int[] previousClass = new int[clusters];
		Arrays.fill(viaCluster, -2);
		Arrays.fill(previousClass, -2);
		previousClass[start] = -1;
		java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
		queue.add(start);
		while (!queue.isEmpty()) {
			int c = queue.poll();
			for (int x = 0; x <= clusters; x++) {
				if (x == c || viaCluster[x] != -2) {
					continue;
				}
				viaCluster[x] = c;
				if (capacityLeft[x] > 0) {
					capacityLeft[x]--;
					for (int cls = x; cls >= 0;) {
						int from = viaCluster[cls];
						flow[from][cls]++;
						int back = previousClass[from];
						if (back >= 0) {
							flow[from][back]--;
						}
						cls = back;
					}
					return true;
				}
				for (int other = 0; other < clusters; other++) {
					if (flow[other][x] > 0 && previousClass[other] == -2) {
						previousClass[other] = x;
						queue.add(other);
					}
				}
			}
		}
		return false;
	}

	/** Turns the chosen units into pairs: own-enterprise teams first, the rest spread over the others. */
	private static int[] distribute(int[] teamGroup, int[] groupSize, int[] ownCluster, int[] excluded, int clusters,
			long[] own, long[] belowExcluding, List<List<Integer>> chosen) {
		int groups = groupSize.length;
		List<List<Integer>> groupUnits = new ArrayList<>();
		for (int g = 0; g < groups; g++) {
			groupUnits.add(new ArrayList<>());
		}
		long[] capacityLeft = belowExcluding.clone();
		List<List<Integer>> belowUnitsOfCluster = new ArrayList<>();
		for (int c = 0; c < clusters; c++) {
			List<Integer> units = new ArrayList<>(chosen.get(c));
			units.sort(null);
			int toOwn = (int) Math.min(units.size(), own[c]);
			List<Integer> ownUnits = units.subList(0, toOwn);
			for (int g = 0, next = 0; g < groups && next < ownUnits.size(); g++) {
				if (ownCluster[g] == c) {
					while (groupUnits.get(g).size() < groupSize[g] && next < ownUnits.size()) {
						groupUnits.get(g).add(ownUnits.get(next++));
					}
				}
			}
			belowUnitsOfCluster.add(new ArrayList<>(units.subList(toOwn, units.size())));
		}
		// the clusters with most units first, each unit to the class with most room it may serve
		Integer[] byUnits = IntStream.range(0, clusters).boxed().toArray(Integer[]::new);
		Arrays.sort(byUnits, (a, b) -> belowUnitsOfCluster.get(a).size() != belowUnitsOfCluster.get(b).size()
				? Integer.compare(belowUnitsOfCluster.get(b).size(), belowUnitsOfCluster.get(a).size())
				: Integer.compare(a, b));
		// flow[c][x]: units of cluster c given to the class of teams that may not take cluster x
		long[][] flow = new long[clusters][clusters + 1];
		for (int c : byUnits) {
			for (int unit = 0; unit < belowUnitsOfCluster.get(c).size(); unit++) {
				int best = -1;
				for (int x = 0; x <= clusters; x++) {
					if (x != c && capacityLeft[x] > 0 && (best < 0 || capacityLeft[x] > capacityLeft[best])) {
						best = x;
					}
				}
				if (best >= 0) {
					capacityLeft[best]--;
					flow[c][best]++;
				}
				else if (!reroute(c, flow, capacityLeft)) {
					return null; // cannot happen when Hall's condition held; the flow decides then
				}
			}
		}
		List<List<Integer>> classUnits = new ArrayList<>();
		for (int x = 0; x <= clusters; x++) {
			classUnits.add(new ArrayList<>());
		}
		for (int c = 0; c < clusters; c++) {
			int next = 0;
			List<Integer> units = belowUnitsOfCluster.get(c);
			for (int x = 0; x <= clusters; x++) {
				for (long k = 0; k < flow[c][x]; k++) {
					classUnits.get(x).add(units.get(next++));
				}
			}
		}
		for (int x = 0; x <= clusters; x++) {
			List<Integer> units = classUnits.get(x);
			units.sort(null);
			for (int g = 0, next = 0; g < groups && next < units.size(); g++) {
				if (ownCluster[g] < 0 && excluded[g] == x) {
					while (groupUnits.get(g).size() < groupSize[g] && next < units.size()) {
						groupUnits.get(g).add(units.get(next++));
					}
				}
			}
		}
		int[] helperOf = new int[teamGroup.length];
		Arrays.fill(helperOf, -1);
		int[] taken = new int[groups];
		for (int t = 0; t < teamGroup.length; t++) {
			int g = teamGroup[t];
			if (taken[g] < groupUnits.get(g).size()) {
				helperOf[t] = groupUnits.get(g).get(taken[g]++);
			}
		}
		return helperOf;
	}

}
