package org.catchup.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a round's time went: CPU seconds of this JVM, of its JIT compilers, and of the
 * database server when it runs on this machine (a {@code mariadbd} or {@code mysqld} process),
 * the last two read from Linux's {@code /proc}. On two cores these add up to at most twice the
 * wall time, so they show which side a per-file overhead is spent on.
 */
final class CpuClock {

	/** Linux's clock ticks per second for {@code /proc/<pid>/stat}, the same on every common kernel. */
	private static final double TICKS = 100.0;

	private final Optional<Path> serverStat;

	/** @param mySql whether the warehouse is a MySQL/MariaDB server, which may run on this machine */
	CpuClock(boolean mySql) {
		this.serverStat = mySql ? localServer() : Optional.empty();
	}

	Reading read() {
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		return new Reading(System.nanoTime(), os.getProcessCpuTime() / 1e9, compilerSeconds(),
				serverStat.map(CpuClock::cpuSeconds).orElse(Double.NaN));
	}

	/**
	 * CPU of the JIT's compiler threads, read from {@code /proc/self/task}. The JVM's own figure,
	 * {@code CompilationMXBean.getTotalCompilationTime}, is elapsed time, which on a busy machine
	 * counts a compiler thread's waits for a core as work.
	 */
	private static double compilerSeconds() {
		return compilerSeconds(Path.of("/proc/self"));
	}

	/**
	 * CPU seconds of another process on this machine (a worker JVM), all its threads, and of its
	 * JIT's compiler threads; NaN where {@code /proc} cannot tell.
	 */
	static double[] processAndCompilerSeconds(long pid) {
		Path proc = Path.of("/proc", Long.toString(pid));
		return new double[] { cpuSeconds(proc.resolve("stat")), compilerSeconds(proc) };
	}

	private static double compilerSeconds(Path proc) {
		try (var tasks = Files.list(proc.resolve("task"))) {
			return tasks.filter(task -> {
				try {
					String name = Files.readString(task.resolve("comm"));
					return name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");
				}
				catch (IOException ex) {
					return false; // a thread that has just ended
				}
			}).mapToDouble(task -> cpuSeconds(task.resolve("stat"))).filter(s -> !Double.isNaN(s)).sum();
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	/**
	 * Waits (up to 10 s) until the JIT has compiled nothing for a quarter of a second: what the
	 * benchmark's own setup made hot (emptying and seeding the warehouse, copying the inbox) is
	 * compiled before a measured run begins, not during it, for the reference and the job alike. Returns
	 * the seconds waited.
	 */
	double awaitIdleCompiler() {
		var compiler = ManagementFactory.getCompilationMXBean();
		if (!compiler.isCompilationTimeMonitoringSupported()) {
			return 0;
		}
		long start = System.nanoTime();
		long deadline = start + 10_000_000_000L;
		long last = compiler.getTotalCompilationTime();
		int quiet = 0;
		while (quiet < 5 && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			long now = compiler.getTotalCompilationTime();
			quiet = now == last ? quiet + 1 : 0;
			last = now;
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private static Optional<Path> localServer() {
		return ProcessHandle.allProcesses()
			.filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false))
			.findFirst()
			.map(p -> Path.of("/proc", Long.toString(p.pid()), "stat"))
			.filter(Files::isReadable);
	}

	/** utime + stime, fields 14 and 15, counted after the command name, which may hold spaces. */
	private static double cpuSeconds(Path stat) {
		try {
			String line = Files.readString(stat);
			String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	record Reading(long nanos, double jvm, double compiler, double server) {

		/** "1.23 s wall: JVM 2.01 s CPU (JIT 0.40 s), server 1.10 s CPU" since {@code start}. */
		String since(Reading start) {
			String own = String.format(Locale.ROOT, "%.2f s wall: JVM %.2f s CPU (JIT %.2f s)",
					(nanos - start.nanos) / 1e9, jvm - start.jvm, compiler - start.compiler);
			return Double.isNaN(server) ? own
					: own + String.format(Locale.ROOT, ", server %.2f s CPU", server - start.server);
		}

	}

}
