package org.catchup.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The peak heap of a measurement: the used heap sampled every few milliseconds on a daemon
 * thread between {@link #reset()} and {@link #peak()}. Sampling can miss a peak shorter than
 * the interval, never report more than was used.
 */
final class HeapPeak {

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	private static volatile long peak;

	private static volatile Thread sampler;

	private HeapPeak() {
	}

	static synchronized void reset() {
		stop();
		System.gc();
		peak = MEMORY.getHeapMemoryUsage().getUsed();
		Thread thread = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				peak = Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed());
				try {
					Thread.sleep(5);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "heap-peak");
		thread.setDaemon(true);
		thread.start();
		sampler = thread;
	}

	static synchronized long peak() {
		stop();
		return Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed());
	}

	static long max() {
		return Runtime.getRuntime().maxMemory();
	}

	private static void stop() {
		Thread thread = sampler;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			sampler = null;
		}
	}

}
