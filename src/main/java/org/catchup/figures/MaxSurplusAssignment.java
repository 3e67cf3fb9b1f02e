package org.catchup.figures;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.graph.DefaultDirectedGraph;

/**
 * Optimal b-matching of teams (each helped at most once) to helpers (each taking at most
 * {@code capacity} teams): first as many teams as possible, then the largest total surplus.
 * <p>
 * Eligibility comes in blocks: teams with the same eligible helpers form a group (one
 * enterprise, one side of the rule), helpers of one enterprise form a cluster, and a group may
 * take every helper of the clusters it lists. A helper's surplus does not depend on which
 * team it takes. So instead of one vertex per team and one arc per eligible (team, helper)
 * pair — millions when few indicators are in use — the network is source → group (cap: its
 * number of teams) → cluster → helper → sink (cap {@code capacity}, cost per unit from the
 * helper's surplus). Any pairing is a flow of this network and back, so the optimum is the
 * same with far fewer vertices and arcs; a group's helpers go to its teams in index order.
 * <p>
 * Two minimum-cost-flow runs on the same network rather than one with a big-M bypass cost:
 * a big M that outweighs every surplus would have to exceed N × the largest surplus and push
 * costs towards the limits of exact double arithmetic. Run 1 offers a bypass source → sink at
 * cost 1 with all other arcs free: its optimum sends as little as possible through the bypass,
 * i.e. finds the largest number k of teams that can be helped. Run 2 drops the bypass, ships
 * exactly k units and charges (C − surplus) per helped team, C above every surplus, so costs
 * stay positive and the minimum cost is the largest total surplus among maximum assignments.
 * <p>
 * Vertices and arcs are added in the caller's order, which the caller keeps sorted, and flows
 * are turned into pairs in that order, so the same input always gives the same pairs even
 * when several assignments are equally good.
 */
final class MaxSurplusAssignment {

	private record Arc(int from, int to, int capacity, boolean bypass) {
	}

	private static final int SOURCE = 0;

	private static final int SINK = 1;

	private final int capacity;

	MaxSurplusAssignment(int capacity) {
		this.capacity = capacity;
	}

	/**
	 * @param teamGroup the group of each team
	 * @param groupClusters the clusters each group may take helpers from
	 * @param clusterHelpers the helpers of each cluster, by helper index; each helper in one cluster
	 * @param surplus each helper's surplus in integer units (e.g. hundredths of a point), ≥ 0
	 * @return for each team the helper index, or -1 when it gets none
	 */
	int[] assign(int[] teamGroup, List<int[]> groupClusters, List<int[]> clusterHelpers, long[] surplus) {
		// the pairing rule's shape has an O(n log n) exact solution; the flow stays for any other
		int[] direct = BlockAssignment.assign(teamGroup, groupClusters, clusterHelpers, surplus, capacity);
		return direct != null ? direct : assignByFlow(teamGroup, groupClusters, clusterHelpers, surplus);
	}

	/** The general method: two minimum-cost flows, see the class comment. */
	int[] assignByFlow(int[] teamGroup, List<int[]> groupClusters, List<int[]> clusterHelpers, long[] surplus) {
		Layout at = new Layout(groupClusters.size(), clusterHelpers.size());
		int[] helperOf = new int[teamGroup.length];
		Arrays.fill(helperOf, -1);
		Graph<Integer, Arc> network = new DefaultDirectedGraph<>(null, null, false);
		network.addVertex(SOURCE);
		network.addVertex(SINK);
		for (int c = 0; c < clusterHelpers.size(); c++) {
			for (int h : clusterHelpers.get(c)) {
				addArc(network, at.cluster(c), at.helper(h), capacity);
				addArc(network, at.helper(h), SINK, capacity);
			}
		}
		for (int g = 0; g < groupClusters.size(); g++) {
			for (int c : groupClusters.get(g)) {
				if (clusterHelpers.get(c).length > 0) {
					addArc(network, at.group(g), at.cluster(c), teamGroup.length);
				}
			}
		}
		// teams of one group are interchangeable: one arc carries them all, and the group's
		// helpers go to its teams in index order afterwards
		int[] groupSize = new int[groupClusters.size()];
		Arrays.stream(teamGroup).forEach(g -> groupSize[g]++);
		int offered = 0;
		for (int g = 0; g < groupClusters.size(); g++) {
			if (network.containsVertex(at.group(g))) {
				addArc(network, SOURCE, at.group(g), groupSize[g]);
				offered += groupSize[g];
			}
		}
		if (offered == 0 || capacity <= 0) {
			return helperOf;
		}
		Arc bypass = addArc(network, SOURCE, SINK, offered);
		int helped = offered - units(solve(network, offered, arc -> arc.bypass() ? 1.0 : 0.0), bypass);
		if (helped == 0) {
			return helperOf;
		}
		network.removeEdge(bypass);
		long largest = Arrays.stream(surplus).max().orElse(0);
		Map<Arc, Double> flow = solve(network, helped,
				arc -> arc.to() == SINK ? largest + 1.0 - surplus[arc.from() - at.helper(0)] : 0.0);
		return pairs(network, flow, at, teamGroup, groupClusters, clusterHelpers, helperOf);
	}

	/** Walks the flow back from helpers to teams, all in index order. */
	private static int[] pairs(Graph<Integer, Arc> network, Map<Arc, Double> flow, Layout at, int[] teamGroup,
			List<int[]> groupClusters, List<int[]> clusterHelpers, int[] helperOf) {
		List<Deque<Integer>> clusterUnits = new ArrayList<>();
		for (int c = 0; c < clusterHelpers.size(); c++) {
			Deque<Integer> units = new ArrayDeque<>();
			for (int h : clusterHelpers.get(c)) {
				for (int u = units(flow, network.getEdge(at.cluster(c), at.helper(h))); u > 0; u--) {
					units.add(h);
				}
			}
			clusterUnits.add(units);
		}
		for (int g = 0; g < groupClusters.size(); g++) {
			Deque<Integer> groupUnits = new ArrayDeque<>();
			for (int c : groupClusters.get(g)) {
				int units = units(flow, network.getEdge(at.group(g), at.cluster(c)));
				for (int u = 0; u < units; u++) {
					groupUnits.add(clusterUnits.get(c).poll());
				}
			}
			for (int t = 0; t < teamGroup.length && !groupUnits.isEmpty(); t++) {
				if (teamGroup[t] == g) {
					helperOf[t] = groupUnits.poll();
				}
			}
		}
		return helperOf;
	}

	/** Vertex numbers: source, sink, then groups, clusters and helpers. */
	private record Layout(int groups, int clusters) {

		int group(int g) {
			return 2 + g;
		}

		int cluster(int c) {
			return 2 + groups + c;
		}

		int helper(int h) {
			return 2 + groups + clusters + h;
		}

	}

	private static Arc addArc(Graph<Integer, Arc> network, int from, int to, int capacity) {
		network.addVertex(from);
		network.addVertex(to);
		Arc existing = network.getEdge(from, to);
		if (existing != null) {
			return existing;
		}
		Arc arc = new Arc(from, to, capacity, from == SOURCE && to == SINK);
		network.addEdge(from, to, arc);
		return arc;
	}

	private static Map<Arc, Double> solve(Graph<Integer, Arc> network, int units, Function<Arc, Double> cost) {
		Function<Integer, Integer> supply = vertex -> vertex == SOURCE ? units : vertex == SINK ? -units : 0;
		// CapacityScalingMinimumCostFlow 1.5.3 reads arc costs from the graph's edge weights and
		// ignores the problem's cost function, so the costs go in through a weighted view
		Graph<Integer, Arc> priced = new AsWeightedGraph<>(network, cost, false, false);
		MinimumCostFlowProblem<Integer, Arc> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
				priced, supply, Arc::capacity, arc -> 0, cost);
		return new CapacityScalingMinimumCostFlow<Integer, Arc>().getMinimumCostFlow(problem).getFlowMap();
	}

	private static int units(Map<Arc, Double> flow, Arc arc) {
		return arc == null ? 0 : (int) Math.round(flow.getOrDefault(arc, 0.0));
	}

}
