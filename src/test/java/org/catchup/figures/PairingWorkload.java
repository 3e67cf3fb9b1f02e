package org.catchup.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Benchmark support (the pairing itself stays package-private): a seeded random pairing
 * problem, solved once. One indicator is the worst case: every team and helper meet in one
 * network.
 */
public final class PairingWorkload {

	private PairingWorkload() {
	}

	/** Returns how many teams got a helper. */
	public static int solve(int needing, int helpers, int indicators, int enterprises, long seed) {
		Random random = new Random(seed);
		List<AssistancePairing.Candidate> teams = new ArrayList<>(needing);
		for (int i = 0; i < needing; i++) {
			teams.add(new AssistancePairing.Candidate(new TeamKey(enterprise(random, enterprises), "N" + i),
					"IND" + i % indicators, BigDecimal.valueOf(600 + random.nextInt(400), 1), random.nextBoolean()));
		}
		List<AssistancePairing.Candidate> strong = new ArrayList<>(helpers);
		for (int i = 0; i < helpers; i++) {
			strong.add(new AssistancePairing.Candidate(new TeamKey(enterprise(random, enterprises), "H" + i),
					"IND" + i % indicators, BigDecimal.valueOf(1050 + random.nextInt(600), 1), false));
		}
		return new AssistancePairing(2).pair(teams, strong).size();
	}

	private static String enterprise(Random random, int enterprises) {
		return String.format("E%04d", 1 + random.nextInt(enterprises));
	}

}
