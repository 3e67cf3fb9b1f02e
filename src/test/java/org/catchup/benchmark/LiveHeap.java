package org.catchup.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap a run holds at once: a daemon thread collects every {@value #INTERVAL_MILLIS} ms
 * ({@code System.gc()}, a full collection) and reads the heap in use right after, so garbage
 * waiting for the next collection does not count; a sample whose collection did not happen is left
 * out. {@link HeapPeak} samples the heap in use with its
 * garbage, which follows how far the collector lets the young generation grow: more the longer a
 * run allocates, whatever it holds. The collections slow the run down, so it is not timed.
 */
final class LiveHeap {

	static final int INTERVAL_MILLIS = 500;

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	private static final GarbageCollectorMXBean FULL_COLLECTOR = fullCollector();

	private volatile long peak;

	private final Thread sampler;

	private LiveHeap() {
		sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				sample();
				try {
					Thread.sleep(INTERVAL_MILLIS);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "live-heap");
		sampler.setDaemon(true);
	}

	/** Starts sampling. */
	static LiveHeap start() {
		LiveHeap live = new LiveHeap();
		live.sampler.start();
		return live;
	}

	/** Stops sampling; the largest heap held after a collection, in bytes. */
	long stop() {
		sampler.interrupt();
		try {
			sampler.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return peak;
	}

	private void sample() {
		long before = fullCollections();
		System.gc();
		// a thread in a JNI critical section (the zip of the xlsx, the PDF's deflater) holds the GC
		// locker, and the full collection asked for is skipped: what is in use then is mostly
		// garbage (one such sample read 202 MB where the live heap was 75 MB), so it is not counted
		if (FULL_COLLECTOR == null || fullCollections() > before) {
			peak = Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed());
		}
	}

	private static long fullCollections() {
		return FULL_COLLECTOR == null ? 0 : FULL_COLLECTOR.getCollectionCount();
	}

	/** The collector that does full collections (G1's "G1 Old Generation"); null when unknown. */
	private static GarbageCollectorMXBean fullCollector() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.filter(bean -> bean.getName().contains("Old") || bean.getName().contains("MarkSweep"))
			.findFirst()
			.orElse(null);
	}

}
