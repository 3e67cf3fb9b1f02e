package org.catchup.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.graph.DefaultDirectedGraph;

/**
 * Optimal b-matching of teams (left, each helped at most once) to helpers (right, each
 * taking at most {@code capacity} teams): first as many teams as possible, then the largest
 * total surplus. Network: source → team (cap 1) → helper (cap 1 per eligible edge) → sink
 * (cap {@code capacity}).
 * <p>
 * Two minimum-cost-flow runs on the same network rather than one run with a big-M bypass
 * cost: a big M that outweighs every surplus would have to exceed N × the largest surplus
 * and push costs towards the limits of exact double arithmetic. Run 1 offers every team a
 * bypass source → sink at cost 1 with all real arcs free, so its optimum routes as few units
 * as possible through the bypass, i.e. it finds the maximum number k of teams that can be
 * helped. Run 2 drops the bypass and ships exactly k units at cost (C − surplus) per pair,
 * C being larger than every surplus, so costs stay positive and the minimum cost is the
 * maximum total surplus among maximum assignments.
 * <p>
 * Vertices and arcs are added in the caller's order, which the caller keeps sorted, so the
 * same input always gives the same pairs even when several assignments are equally good.
 */
final class MaxSurplusAssignment {

	/** An eligible pair: team index, helper index, surplus in integer units (e.g. hundredths of a point). */
	record Edge(int team, int helper, long surplus) {
	}

	private record Arc(int from, int to, int capacity, Edge edge) {
	}

	private static final int SOURCE = 0;

	private static final int SINK = 1;

	private final int capacity;

	MaxSurplusAssignment(int capacity) {
		this.capacity = capacity;
	}

	/** The chosen edges, in the order they were given. */
	List<Edge> assign(int teams, int helpers, List<Edge> edges) {
		if (edges.isEmpty() || capacity <= 0) {
			return List.of();
		}
		Graph<Integer, Arc> network = new DefaultDirectedGraph<>(null, null, false);
		network.addVertex(SOURCE);
		network.addVertex(SINK);
		List<Arc> pairArcs = new ArrayList<>();
		for (Edge edge : edges) {
			int team = teamVertex(edge.team());
			int helper = helperVertex(teams, edge.helper());
			if (network.addVertex(team)) {
				network.addEdge(SOURCE, team, new Arc(SOURCE, team, 1, null));
			}
			if (network.addVertex(helper)) {
				network.addEdge(helper, SINK, new Arc(helper, SINK, capacity, null));
			}
			Arc arc = new Arc(team, helper, 1, edge);
			network.addEdge(team, helper, arc);
			pairArcs.add(arc);
		}
		int offered = network.outDegreeOf(SOURCE);
		Arc bypass = new Arc(SOURCE, SINK, offered, null);
		network.addEdge(SOURCE, SINK, bypass);
		Map<Arc, Double> first = solve(network, offered, arc -> arc == bypass ? 1.0 : 0.0);
		int helped = offered - (int) Math.round(first.getOrDefault(bypass, 0.0));
		if (helped == 0) {
			return List.of();
		}
		network.removeEdge(bypass);
		long largest = edges.stream().mapToLong(Edge::surplus).max().orElse(0);
		double above = largest + 1.0;
		Map<Arc, Double> second = solve(network, helped,
				arc -> arc.edge() == null ? 0.0 : above - arc.edge().surplus());
		return pairArcs.stream().filter(arc -> second.getOrDefault(arc, 0.0) > 0.5).map(Arc::edge).toList();
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

	private static int teamVertex(int team) {
		return 2 + team;
	}

	private static int helperVertex(int teams, int helper) {
		return 2 + teams + helper;
	}

}
