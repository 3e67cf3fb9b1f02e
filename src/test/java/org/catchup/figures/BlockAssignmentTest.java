package org.catchup.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The greedy on the pairing rule's shape against the min-cost flow on random instances: same count, same surplus. */
class BlockAssignmentTest {

	@Test
	void matchesTheFlowOnRandomInstances() {
		Random random = new Random(11);
		for (int run = 0; run < 400; run++) {
			int enterprises = 1 + random.nextInt(6);
			int capacity = 1 + random.nextInt(3);
			// clusters: enterprises with helpers; groups: per enterprise, own side or others side
			List<int[]> clusterHelpers = new ArrayList<>();
			List<Integer> helperSurplus = new ArrayList<>();
			for (int e = 0; e < enterprises; e++) {
				int helpers = 1 + random.nextInt(4);
				int[] ids = new int[helpers];
				for (int h = 0; h < helpers; h++) {
					ids[h] = helperSurplus.size();
					helperSurplus.add(500 + random.nextInt(8) * 100);
				}
				clusterHelpers.add(ids);
			}
			long[] surplus = helperSurplus.stream().mapToLong(Integer::longValue).toArray();
			List<int[]> groupClusters = new ArrayList<>();
			List<Integer> teamGroups = new ArrayList<>();
			for (int e = 0; e < enterprises + 1; e++) {
				boolean below = random.nextBoolean();
				int own = e;
				int[] eligible = below ? IntStream.range(0, enterprises).filter(c -> c != own).toArray()
						: e < enterprises ? new int[] { e } : new int[0];
				groupClusters.add(eligible);
				int teams = random.nextInt(7);
				for (int t = 0; t < teams; t++) {
					teamGroups.add(groupClusters.size() - 1);
				}
			}
			int[] teamGroup = teamGroups.stream().mapToInt(Integer::intValue).toArray();
			MaxSurplusAssignment assignment = new MaxSurplusAssignment(capacity);

			int[] greedy = BlockAssignment.assign(teamGroup, groupClusters, clusterHelpers, surplus, capacity);
			int[] flow = assignment.assignByFlow(teamGroup, groupClusters, clusterHelpers, surplus);

			assertThat(greedy).as("run %d", run).isNotNull();
			assertValid(greedy, teamGroup, groupClusters, clusterHelpers, capacity, surplus.length);
			assertThat(count(greedy)).as("run %d", run).isEqualTo(count(flow));
			assertThat(total(greedy, surplus)).as("run %d", run).isEqualTo(total(flow, surplus));
		}
	}

	@Test
	void matchesTheFlowWithHundredsOfEnterprises() {
		Random random = new Random(5000);
		for (int run = 0; run < 5; run++) {
			int enterprises = 150 + random.nextInt(100);
			int capacity = 1 + random.nextInt(2);
			List<int[]> clusterHelpers = new ArrayList<>();
			List<Integer> helperSurplus = new ArrayList<>();
			for (int e = 0; e < enterprises; e++) {
				int[] ids = new int[random.nextInt(3)];
				for (int h = 0; h < ids.length; h++) {
					ids[h] = helperSurplus.size();
					helperSurplus.add(500 + random.nextInt(40) * 50);
				}
				clusterHelpers.add(ids);
			}
			clusterHelpers.removeIf(ids -> ids.length == 0);
			int clusters = clusterHelpers.size();
			long[] surplus = helperSurplus.stream().mapToLong(Integer::longValue).toArray();
			List<int[]> groupClusters = new ArrayList<>();
			List<Integer> teamGroups = new ArrayList<>();
			for (int c = 0; c <= clusters; c++) {
				int own = c;
				for (boolean below : new boolean[] { false, true }) {
					groupClusters.add(below ? IntStream.range(0, clusters).filter(x -> x != own).toArray()
							: c < clusters ? new int[] { c } : new int[0]);
					for (int t = random.nextInt(below ? 4 : 3); t > 0; t--) {
						teamGroups.add(groupClusters.size() - 1);
					}
				}
			}
			int[] teamGroup = teamGroups.stream().mapToInt(Integer::intValue).toArray();

			int[] greedy = BlockAssignment.assign(teamGroup, groupClusters, clusterHelpers, surplus, capacity);
			int[] flow = new MaxSurplusAssignment(capacity).assignByFlow(teamGroup, groupClusters, clusterHelpers,
					surplus);

			assertThat(greedy).as("run %d", run).isNotNull();
			assertValid(greedy, teamGroup, groupClusters, clusterHelpers, capacity, surplus.length);
			assertThat(count(greedy)).as("run %d", run).isEqualTo(count(flow));
			assertThat(total(greedy, surplus)).as("run %d", run).isEqualTo(total(flow, surplus));
		}
	}

	private static void assertValid(int[] helperOf, int[] teamGroup, List<int[]> groupClusters,
			List<int[]> clusterHelpers, int capacity, int helpers) {
		int[] load = new int[helpers];
		for (int t = 0; t < helperOf.length; t++) {
			if (helperOf[t] >= 0) {
				int h = helperOf[t];
				load[h]++;
				boolean eligible = false;
				for (int c : groupClusters.get(teamGroup[t])) {
					eligible |= IntStream.of(clusterHelpers.get(c)).anyMatch(x -> x == h);
				}
				assertThat(eligible).isTrue();
			}
		}
		assertThat(IntStream.of(load).max().orElse(0)).isLessThanOrEqualTo(capacity);
	}

	private static long count(int[] helperOf) {
		return IntStream.of(helperOf).filter(h -> h >= 0).count();
	}

	private static long total(int[] helperOf, long[] surplus) {
		return IntStream.of(helperOf).filter(h -> h >= 0).mapToLong(h -> surplus[h]).sum();
	}

}
