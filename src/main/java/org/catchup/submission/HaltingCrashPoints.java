package org.catchup.submission;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Halts the JVM (exit 137, no shutdown hooks, no finally blocks: as {@code kill -9}) the n-th
 * time the named point is reached. Only ever switched on by the fault-injection tests.
 */
final class HaltingCrashPoints implements CrashPoints {

	private final String point;

	private final int nth;

	private final AtomicInteger arrivals = new AtomicInteger();

	HaltingCrashPoints(String spec) {
		int colon = spec.indexOf(':');
		this.point = (colon < 0 ? spec : spec.substring(0, colon)).trim();
		this.nth = colon < 0 ? 1 : Integer.parseInt(spec.substring(colon + 1).trim());
	}

	@Override
	public void reached(String name) {
		if (point.equals(name) && arrivals.incrementAndGet() == nth) {
			System.err.println("catchup.test: crashing at " + name + " (arrival " + nth + ")");
			System.err.flush();
			Runtime.getRuntime().halt(137);
		}
	}

}
