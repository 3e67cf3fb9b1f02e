package org.catchup.benchmark;

import org.catchup.figures.PairingWorkload;

/**
 * Case 5: {@code teams} teams needing help against as many helpers, all of one indicator (one
 * network, the worst case), across teams / 10 enterprises, helpers taking two teams each.
 */
final class PairingCase {

	private PairingCase() {
	}

	static Measurement run(String size, int teams, double limitSeconds) {
		PairingWorkload.solve(Math.min(teams, 200), Math.min(teams, 200), 1, 20, 7); // warm-up
		HeapPeak.reset();
		long start = System.nanoTime();
		int pairs = PairingWorkload.solve(teams, teams, 1, Math.max(2, teams / 10), 42);
		double seconds = ConsolidationCases.seconds(start);
		return new Measurement("5 pairing " + teams + " × " + teams, size, teams, seconds, HeapPeak.peak(),
				Double.NaN, limitSeconds, "(" + pairs + " pairs)");
	}

}
