package org.catchup.reliability;

import java.util.concurrent.atomic.AtomicInteger;

import org.catchup.consolidation.CrashPoints;

/**
 * Halts the JVM (exit 137, no shutdown hooks, no finally blocks: as {@code kill -9}) the n-th
 * time the named point is reached, as {@code -Dcatchup.test.crash-at=<point>[:<n>]} asks; without
 * the property it does nothing. Test code only: the child JVMs of the fault-injection tests run on
 * the test class path, where {@code META-INF/services/org.catchup.consolidation.CrashPoints} names it.
 */
public final class HaltingCrashPoints implements CrashPoints {

	private final String point;

	private final int nth;

	private final AtomicInteger arrivals = new AtomicInteger();

	/** Reads {@value CrashPoints#PROPERTY}; the service loader calls it. */
	public HaltingCrashPoints() {
		String spec = System.getProperty(PROPERTY, "").trim();
		int colon = spec.indexOf(':');
		this.point = (colon < 0 ? spec : spec.substring(0, colon)).trim();
		this.nth = colon < 0 ? 1 : Integer.parseInt(spec.substring(colon + 1).trim());
	}

	@Override
	public void reached(String name) {
		if (!point.isEmpty() && point.equals(name) && arrivals.incrementAndGet() == nth) {
			System.err.println("catchup.test: crashing at " + name + " (arrival " + nth + ")");
			System.err.flush();
			Runtime.getRuntime().halt(137);
		}
	}

}
