package org.catchup.figures;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
		return assign(teamGroup, ownCluster, excluded, clusterHelpers, surplus, capacity);
	}

	/**
	 * The same on the shape itself, without listing each group's clusters (a list that grows with
	 * the square of the enterprises): a group may take the helpers of {@code ownCluster[g]} only,
	 * or else of every cluster but {@code excluded[g]} ({@code clusters}: of every cluster), or,
	 * with both -1, none. Returns null only if the spread below fails, which Hall's condition rules out.
	 */
	static int[] assign(int[] teamGroup, int[] ownCluster, int[] excluded, List<int[]> clusterHelpers, long[] surplus,
			int capacity) {
		int clusters = clusterHelpers.size();
		int groups = ownCluster.length;
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
			else if (excluded[g] >= 0) {
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
		List<List<Integer>> chosen = lists(clusters);
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
	 * The units of each cluster given to the classes of below-plan teams (class x: the teams that may
	 * not take cluster x; x = clusters: those that may take every cluster). Kept sparse, by cluster
	 * and by class in index order: a cluster serves few of the classes, and a full matrix would grow
	 * with the square of the enterprises.
	 */
	private static final class Flows {

		private final List<TreeMap<Integer, Long>> byCluster;

		private final List<TreeMap<Integer, Long>> byClass;

		Flows(int clusters) {
			byCluster = new ArrayList<>(clusters);
			for (int c = 0; c < clusters; c++) {
				byCluster.add(new TreeMap<>());
			}
			byClass = new ArrayList<>(clusters + 1);
			for (int x = 0; x <= clusters; x++) {
				byClass.add(new TreeMap<>());
			}
		}

		void add(int cluster, int cls, long units) {
			change(byCluster.get(cluster), cls, units);
			change(byClass.get(cls), cluster, units);
		}

		/** Units of {@code cluster} per class, classes ascending. */
		Map<Integer, Long> ofCluster(int cluster) {
			return byCluster.get(cluster);
		}

		/** The clusters giving units to {@code cls}, ascending. */
		Set<Integer> into(int cls) {
			return byClass.get(cls).keySet();
		}

		private static void change(TreeMap<Integer, Long> flows, int key, long units) {
			long value = flows.getOrDefault(key, 0L) + units;
			if (value == 0) {
				flows.remove(key);
			}
			else {
				flows.put(key, value);
			}
		}

	}

	/**
	 * The classes that still have room, most room first, then by index: the class a unit goes to
	 * is the first one its own cluster may serve.
	 */
	private static final class Room {

		private final long[] left;

		private final TreeSet<Integer> open;

		Room(long[] left) {
			this.left = left;
			this.open = new TreeSet<>((a, b) -> left[a] != left[b] ? Long.compare(left[b], left[a]) : Integer.compare(a, b));
			for (int x = 0; x < left.length; x++) {
				if (left[x] > 0) {
					open.add(x);
				}
			}
		}

		/** The class with most room other than {@code cluster}'s own; null when none has room. */
		Integer bestFor(int cluster) {
			for (Integer x : open) {
				if (x != cluster) {
					return x;
				}
			}
			return null;
		}

		boolean hasRoom(int cls) {
			return left[cls] > 0;
		}

		void take(int cls) {
			open.remove(cls);
			left[cls]--;
			if (left[cls] > 0) {
				open.add(cls);
			}
		}

	}

	/**
	 * The greedy spread left one unit of cluster {@code start} without a class: find an augmenting
	 * path (cluster → class → a cluster already using that class → another class …) to a class
	 * with room, and shift one unit along it. Classes are tried in index order, each once.
	 */
	private static boolean reroute(int start, Flows flow, Room room, int clusters) {
		int[] viaCluster = new int[clusters + 1];
		int[] previousClass = new int[clusters];
		Arrays.fill(viaCluster, -2);
		Arrays.fill(previousClass, -2);
		previousClass[start] = -1;
		TreeSet<Integer> unvisited = new TreeSet<>();
		for (int x = 0; x <= clusters; x++) {
			unvisited.add(x);
		}
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		queue.add(start);
		while (!queue.isEmpty()) {
			int c = queue.poll();
			for (Integer next = unvisited.isEmpty() ? null : unvisited.first(); next != null; next = unvisited
				.higher(next)) {
				int x = next;
				if (x == c) {
					continue;
				}
				viaCluster[x] = c;
				unvisited.remove(x);
				if (room.hasRoom(x)) {
					room.take(x);
					for (int cls = x; cls >= 0;) {
						int from = viaCluster[cls];
						flow.add(from, cls, 1);
						int back = previousClass[from];
						if (back >= 0) {
							flow.add(from, back, -1);
						}
						cls = back;
					}
					return true;
				}
				for (int other : flow.into(x)) {
					if (previousClass[other] == -2) {
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
		List<List<Integer>> groupUnits = lists(groups);
		// the groups of each cluster's own teams and of each class, in group order
		List<List<Integer>> ownGroups = lists(clusters);
		List<List<Integer>> classGroups = lists(clusters + 1);
		for (int g = 0; g < groups; g++) {
			if (ownCluster[g] >= 0) {
				ownGroups.get(ownCluster[g]).add(g);
			}
			else if (excluded[g] >= 0) {
				classGroups.get(excluded[g]).add(g);
			}
		}
		Room room = new Room(belowExcluding.clone());
		List<List<Integer>> belowUnitsOfCluster = new ArrayList<>();
		for (int c = 0; c < clusters; c++) {
			List<Integer> units = new ArrayList<>(chosen.get(c));
			units.sort(null);
			int toOwn = (int) Math.min(units.size(), own[c]);
			fill(ownGroups.get(c), units.subList(0, toOwn), groupUnits, groupSize);
			belowUnitsOfCluster.add(new ArrayList<>(units.subList(toOwn, units.size())));
		}
		// the clusters with most units first, each unit to the class with most room it may serve
		Integer[] byUnits = IntStream.range(0, clusters).boxed().toArray(Integer[]::new);
		Arrays.sort(byUnits, (a, b) -> belowUnitsOfCluster.get(a).size() != belowUnitsOfCluster.get(b).size()
				? Integer.compare(belowUnitsOfCluster.get(b).size(), belowUnitsOfCluster.get(a).size())
				: Integer.compare(a, b));
		Flows flow = new Flows(clusters);
		for (int c : byUnits) {
			for (int unit = 0; unit < belowUnitsOfCluster.get(c).size(); unit++) {
				Integer best = room.bestFor(c);
				if (best != null) {
					room.take(best);
					flow.add(c, best, 1);
				}
				else if (!reroute(c, flow, room, clusters)) {
					return null; // cannot happen when Hall's condition held; the flow decides then
				}
			}
		}
		List<List<Integer>> classUnits = lists(clusters + 1);
		for (int c = 0; c < clusters; c++) {
			int next = 0;
			List<Integer> units = belowUnitsOfCluster.get(c);
			for (Map.Entry<Integer, Long> toClass : flow.ofCluster(c).entrySet()) {
				for (long k = 0; k < toClass.getValue(); k++) {
					classUnits.get(toClass.getKey()).add(units.get(next++));
				}
			}
		}
		for (int x = 0; x <= clusters; x++) {
			List<Integer> units = classUnits.get(x);
			units.sort(null);
			fill(classGroups.get(x), units, groupUnits, groupSize);
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

	/** Gives {@code units} to {@code groups} in order, each group up to its number of teams. */
	private static void fill(List<Integer> groups, List<Integer> units, List<List<Integer>> groupUnits, int[] groupSize) {
		int next = 0;
		for (int g : groups) {
			while (groupUnits.get(g).size() < groupSize[g] && next < units.size()) {
				groupUnits.get(g).add(units.get(next++));
			}
			if (next == units.size()) {
				return;
			}
		}
	}

	private static List<List<Integer>> lists(int count) {
		List<List<Integer>> lists = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			lists.add(new ArrayList<>());
		}
		return lists;
	}

}
