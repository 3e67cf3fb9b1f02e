package org.catchup.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.catchup.figures.AssistancePairing.Candidate;
import org.catchup.figures.AssistancePairing.Pair;
import org.junit.jupiter.api.Test;

class AssistancePairingTest {

	@Test
	void helpsMoreTeamsThanAGreedyPass() {
		// T1 (X below plan) may take H1 or H2 (other enterprises); T2 (Y at plan) only H1 (own enterprise).
		// Greedy: T1 takes the best, H1 (120 %), and T2 is left without. Optimum: T1–H2, T2–H1.
		List<Candidate> needing = List.of(team("X", "T1", "80", true), team("Y", "T2", "95", false));
		List<Candidate> helpers = List.of(team("Y", "H1", "120", false), team("Z", "H2", "110", false));

		assertThat(greedy(needing, helpers, 1)).hasSize(1);
		assertThat(names(new AssistancePairing(1).pair(needing, helpers))).containsExactly("T1-H2", "T2-H1");
	}

	@Test
	void amongEquallyManyPairsTakesTheLargestTotalSurplus() {
		// T1 (X below plan) may take H1 30, H2 10, H3 25; T2 (Z at plan) only Z's H2 10 or H3 25.
		// T1–H1 + T2–H3 = 55 beats T1–H1 + T2–H2 = 40 and T1–H2/H3 + T2–H3/H2 = 35.
		List<Candidate> needing = List.of(team("X", "T1", "80", true), team("Z", "T2", "95", false));
		List<Candidate> helpers = List.of(team("Y", "H1", "130", false), team("Z", "H2", "110", false),
				team("Z", "H3", "125", false));

		assertThat(names(new AssistancePairing(1).pair(needing, helpers))).containsExactly("T1-H1", "T2-H3");
	}

	@Test
	void aHelperTakesAtMostTheConfiguredNumberOfTeams() {
		List<Candidate> needing = List.of(team("X", "T1", "80", true), team("X", "T2", "81", true),
				team("X", "T3", "82", true));
		List<Candidate> helpers = List.of(team("Y", "H1", "130", false), team("Z", "H2", "106", false));

		List<Pair> two = new AssistancePairing(2).pair(needing, helpers);
		assertThat(two).hasSize(3);
		assertThat(helperLoads(two)).containsEntry("H1", 2).containsEntry("H2", 1);
		assertThat(new AssistancePairing(1).pair(needing, helpers)).hasSize(2);
	}

	@Test
	void whenOnlySomeTeamsOfAnEnterpriseCanBeHelpedTheFurthestBehindComeFirst() {
		List<Candidate> needing = List.of(team("X", "T1", "80", true), team("X", "T2", "70", true));

		assertThat(names(new AssistancePairing(1).pair(needing, List.of(team("Y", "H1", "120", false)))))
			.containsExactly("T2-H1");
	}

	@Test
	void enterpriseBelowPlanGetsHelpFromAnotherEnterpriseOtherwiseFromItsOwn() {
		List<Candidate> helpers = List.of(team("X", "H1", "150", false), team("Y", "H2", "106", false));

		assertThat(names(new AssistancePairing(2).pair(List.of(team("X", "T1", "80", true)), helpers)))
			.containsExactly("T1-H2");
		assertThat(names(new AssistancePairing(2).pair(List.of(team("X", "T1", "80", false)), helpers)))
			.containsExactly("T1-H1");
	}

	@Test
	void helperNeedsOneHundredFivePercentAndTheSameMainIndicator() {
		List<Candidate> helpers = List.of(team("Y", "H1", "104.99", false),
				new Candidate(new TeamKey("Y", "H2"), "ORE", new BigDecimal("150"), false),
				team("Y", "H3", "105", false));

		assertThat(names(new AssistancePairing(2).pair(List.of(team("X", "T1", "80", true)), helpers)))
			.containsExactly("T1-H3");
	}

	@Test
	void sameInputInAnyOrderGivesTheSamePairs() {
		Random random = new Random(7);
		List<Candidate> needing = new ArrayList<>();
		List<Candidate> helpers = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			// few distinct percents, so many assignments tie and only the order could break ties
			needing.add(new Candidate(new TeamKey("E" + random.nextInt(6), "N" + i), "I" + random.nextInt(3),
					BigDecimal.valueOf(80 + random.nextInt(3)), random.nextBoolean()));
		}
		for (int i = 0; i < 30; i++) {
			helpers.add(new Candidate(new TeamKey("E" + random.nextInt(6), "H" + i), "I" + random.nextInt(3),
					BigDecimal.valueOf(105 + 5 * random.nextInt(2)), false));
		}
		List<Pair> first = new AssistancePairing(2).pair(needing, helpers);

		for (int round = 0; round < 5; round++) {
			Collections.shuffle(needing, random);
			Collections.shuffle(helpers, random);
			assertThat(new AssistancePairing(2).pair(needing, helpers)).isEqualTo(first);
		}
	}

	@Test
	void matchesBruteForceOnSmallRandomCases() {
		Random random = new Random(42);
		for (int round = 0; round < 200; round++) {
			List<Candidate> needing = new ArrayList<>();
			List<Candidate> helpers = new ArrayList<>();
			for (int i = 0; i < 1 + random.nextInt(6); i++) {
				needing.add(new Candidate(new TeamKey("E" + random.nextInt(3), "N" + i), "COAL",
						BigDecimal.valueOf(50 + random.nextInt(50)), random.nextBoolean()));
			}
			for (int i = 0; i < 1 + random.nextInt(4); i++) {
				helpers.add(new Candidate(new TeamKey("E" + random.nextInt(3), "H" + i), "COAL",
						BigDecimal.valueOf(100 + random.nextInt(40)), false));
			}
			int capacity = 1 + random.nextInt(2);
			List<Pair> pairs = new AssistancePairing(capacity).pair(needing, helpers);
			long[] best = bruteForce(needing, helpers, capacity, 0, new HashMap<>());

			assertValid(pairs, capacity);
			assertThat(new long[] { pairs.size(), totalSurplus(pairs) }).as("round %d", round).isEqualTo(best);
		}
	}

	@Test
	void pairsFiveThousandTeamsWithFiveThousandHelpers() {
		Random random = new Random(1959);
		List<Candidate> needing = new ArrayList<>();
		List<Candidate> helpers = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			needing.add(new Candidate(new TeamKey("E" + random.nextInt(100), "N" + i), "I" + random.nextInt(50),
					BigDecimal.valueOf(5000 + random.nextInt(4999), 2), random.nextBoolean()));
			helpers.add(new Candidate(new TeamKey("E" + random.nextInt(100), "H" + i), "I" + random.nextInt(50),
					BigDecimal.valueOf(10500 + random.nextInt(5000), 2), false));
		}

		List<Pair> pairs = new AssistancePairing(2).pair(needing, helpers);

		assertThat(pairs).hasSizeGreaterThan(2500);
		assertValid(pairs, 2);
	}

	static Candidate team(String enterprise, String team, String percent, boolean enterpriseBelowPlan) {
		return new Candidate(new TeamKey(enterprise, team), "COAL", new BigDecimal(percent), enterpriseBelowPlan);
	}

	/** The rule restated independently of the production code. */
	static boolean eligible(Candidate team, Candidate helper) {
		boolean sameEnterprise = team.key().enterpriseCode().equals(helper.key().enterpriseCode());
		return team.indicator().equals(helper.indicator()) && helper.percent().compareTo(BigDecimal.valueOf(105)) >= 0
				&& (team.enterpriseBelowPlan() != sameEnterprise);
	}

	/** Teams in order, each given the best remaining helper: what the SPEC forbids. */
	private static List<Pair> greedy(List<Candidate> needing, List<Candidate> helpers, int capacity) {
		Map<TeamKey, Integer> load = new HashMap<>();
		List<Pair> pairs = new ArrayList<>();
		for (Candidate team : needing) {
			helpers.stream()
				.filter(helper -> eligible(team, helper) && load.getOrDefault(helper.key(), 0) < capacity)
				.max((a, b) -> a.percent().compareTo(b.percent()))
				.ifPresent(helper -> {
					load.merge(helper.key(), 1, Integer::sum);
					pairs.add(new Pair(team, helper));
				});
		}
		return pairs;
	}

	/** {pairs, surplus} of the best assignment, lexicographically. */
	private static long[] bruteForce(List<Candidate> needing, List<Candidate> helpers, int capacity, int from,
			Map<TeamKey, Integer> load) {
		if (from == needing.size()) {
			return new long[] { 0, 0 };
		}
		long[] best = bruteForce(needing, helpers, capacity, from + 1, load);
		for (Candidate helper : helpers) {
			if (eligible(needing.get(from), helper) && load.getOrDefault(helper.key(), 0) < capacity) {
				load.merge(helper.key(), 1, Integer::sum);
				long[] rest = bruteForce(needing, helpers, capacity, from + 1, load);
				load.merge(helper.key(), -1, Integer::sum);
				long[] with = { rest[0] + 1, rest[1] + AssistancePairing.surplus(helper) };
				if (with[0] > best[0] || with[0] == best[0] && with[1] > best[1]) {
					best = with;
				}
			}
		}
		return best;
	}

	private static void assertValid(List<Pair> pairs, int capacity) {
		Set<TeamKey> helped = new HashSet<>();
		for (Pair pair : pairs) {
			assertThat(eligible(pair.team(), pair.helper())).as(pair.toString()).isTrue();
			assertThat(helped.add(pair.team().key())).as("helped twice: %s", pair.team()).isTrue();
		}
		assertThat(helperLoads(pairs).values()).allMatch(load -> load <= capacity);
	}

	private static long totalSurplus(List<Pair> pairs) {
		return pairs.stream().mapToLong(pair -> AssistancePairing.surplus(pair.helper())).sum();
	}

	private static Map<String, Integer> helperLoads(List<Pair> pairs) {
		Map<String, Integer> loads = new HashMap<>();
		pairs.forEach(pair -> loads.merge(pair.helper().key().teamCode(), 1, Integer::sum));
		return loads;
	}

	private static List<String> names(List<Pair> pairs) {
		return pairs.stream().map(pair -> pair.team().key().teamCode() + "-" + pair.helper().key().teamCode()).toList();
	}

}
