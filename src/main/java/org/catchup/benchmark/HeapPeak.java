package org.catchup.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The peak heap of a measurement: the heap pools' peaks are reset before it and summed after
 * it, so the figure is an upper bound (the pools need not peak at the same moment).
 */
final class HeapPeak {

	private HeapPeak() {
	}

	static void reset() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	static long peak() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum;
	}

	static long max() {
		return Runtime.getRuntime().maxMemory();
	}

}
