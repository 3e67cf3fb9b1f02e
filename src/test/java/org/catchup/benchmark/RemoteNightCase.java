package org.catchup.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.catchup.jobs.JobLaunches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.core.env.Environment;
import org.springframework.util.FileSystemUtils;

/**
 * Case {@code remote-night}: the night of case 2 (its files, its warehouse) with its partitions
 * sent through RabbitMQ to two {@code ./catchup worker} processes, each a JVM of its own on this
 * machine, against the same night run locally in the same benchmark (its best round is the
 * reference). The manager is this process, warm as for the local night, switched to remote for
 * these rounds by {@code catchup.consolidation.remote}; the workers start once and stay up
 * across the rounds, as they would across nights. Each worker gets the benchmark's database, data
 * folder and queue, and a heap of 256 MB.
 */
final class RemoteNightCase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RemoteNightCase.class);

	private static final int WORKERS = 2;

	/** The manager's switch, set for the remote rounds only. */
	private static final String REMOTE = "catchup.consolidation.remote";

	private static final Duration WORKER_START = Duration.ofMinutes(3);

	/** More JVM options for the workers (profiling); {@code {worker}} stands for the worker's name. */
	static final String WORKER_JAVA_OPTS = "CATCHUP_BENCH_WORKER_JAVA_OPTS";

	private final BenchDatabase database;

	private final Environment environment;

	private final ConnectionFactory broker;

	private final Path work;

	private final Path dataDir;

	private final JobLaunches launches;

	private final List<Process> workers = new ArrayList<>();

	/** The manager's CPU and its JIT's, for the local nights: where a round's time went. */
	private final CpuClock cpu = new CpuClock(true);

	RemoteNightCase(BenchDatabase database, JobLaunches launches, Environment environment, ConnectionFactory broker,
			Path dataDir, Path work) {
		this.database = database;
		this.launches = launches;
		this.environment = environment;
		this.broker = broker;
		this.dataDir = dataDir;
		this.work = work;
	}

	/**
	 * Each round runs the night locally, then remote, on the same files and a freshly emptied
	 * warehouse: the two meet the same moments of a shared machine, whose load drifts over the
	 * minutes a case takes. The ratio is the median of the rounds' remote ÷ local.
	 *
	 * @param source the night's files, as case 2 wrote them
	 */
	Measurement run(String caseName, String size, Path source, long rows, double target, int rounds)
			throws Exception {
		List<Path> files;
		try (Stream<Path> listed = Files.list(source)) {
			files = listed.sorted().toList();
		}
		startWorkers();
		// Both sides measured warm: the manager's JVM has just consolidated this night's files in
		// the local rounds before; each worker first consolidates as many, unmeasured (a worker
		// takes 1/WORKERS of a night's files). Without it, the workers' JIT still took half their
		// CPU in the fifth paired round, as it would in a worker's first nights only.
		int warmUp = rounds * WORKERS;
		for (int night = 0; night < warmUp; night++) {
			night(files, rows, true);
		}
		log.info("{} {}: the workers warmed up with {} unmeasured remote night(s)", caseName, size, warmUp);
		double best = Double.MAX_VALUE;
		double bestLocal = Double.MAX_VALUE;
		double first = Double.NaN;
		long peak = 0;
		List<Double> ratios = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			CpuClock.Reading localStart = cpu.read();
			double local = night(files, rows, false);
			String localCpu = cpu.read().since(localStart);
			HeapPeak.reset();
			List<double[]> workersBefore = workersCpu();
			double took = night(files, rows, true);
			String workersCpu = workersCpuSince(workersBefore);
			peak = Math.max(peak, HeapPeak.peak());
			log.info("{} {} round {}: remote {} s, local {} s: {}× (local: {}; remote, the workers: {})", caseName,
					size, round + 1, String.format(Locale.ROOT, "%.2f", took), String.format(Locale.ROOT, "%.2f", local),
					String.format(Locale.ROOT, "%.2f", took / local), localCpu, workersCpu);
			first = round == 0 ? took : first;
			best = Math.min(best, took);
			bestLocal = Math.min(bestLocal, local);
			ratios.add(took / local);
		}
		List<Double> sorted = ratios.stream().sorted().toList();
		double median = sorted.get(sorted.size() / 2);
		return new Measurement(caseName, size, rows, best, peak, bestLocal, target, null, median).withNote(
				String.format(Locale.ROOT, "(reference: the local night, run right before each remote round; ratio: median "
						+ "of the rounds' remote ÷ local %s, after %d unmeasured remote nights that give each "
						+ "worker as many files as the local rounds gave the manager; %d workers of 256 MB, %s partitions at once each; one "
						+ "partition per such slot, at most %s, of at least %s files; peak heap: the manager's; first "
						+ "round %.2f s)",
						ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList(), rounds * WORKERS, WORKERS,
						environment.getProperty("catchup.consolidation.worker-partitions"),
						environment.getProperty("catchup.consolidation.remote-partitions"),
						environment.getProperty("catchup.consolidation-files-per-transaction"), first));
	}

	private List<double[]> workersCpu() {
		return workers.stream().map(w -> CpuClock.processAndCompilerSeconds(w.pid())).toList();
	}

	/** Each worker's CPU since {@code before}, and its JIT's share: "2.10 s CPU (JIT 0.80 s), …". */
	private String workersCpuSince(List<double[]> before) {
		List<double[]> now = workersCpu();
		List<String> each = new ArrayList<>();
		for (int w = 0; w < now.size(); w++) {
			each.add(String.format(Locale.ROOT, "%.2f s CPU (JIT %.2f s)", now.get(w)[0] - before.get(w)[0],
					now.get(w)[1] - before.get(w)[1]));
		}
		return String.join(", ", each);
	}

	/** One night over a fresh copy of the files into an emptied warehouse; its seconds. */
	private double night(List<Path> files, long rows, boolean remote) throws Exception {
		database.reset(files.size());
		Path inbox = work.resolve(remote ? "inbox-remote" : "inbox-local");
		FileSystemUtils.deleteRecursively(inbox);
		Files.createDirectories(inbox);
		for (Path file : files) {
			Files.copy(file, inbox.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
		}
		long start = System.nanoTime();
		JobExecution execution;
		System.setProperty(REMOTE, String.valueOf(remote));
		try {
			execution = launches.start("consolidation", Map.of("inbox", inbox.toString()));
		}
		finally {
			System.clearProperty(REMOTE);
		}
		double took = ConsolidationCases.seconds(start);
		ConsolidationCases.check(execution.getStatus() == BatchStatus.COMPLETED,
				"the " + (remote ? "remote" : "local") + " night ended " + execution.getStatus());
		Long facts = database.jdbc()
			.queryForObject("SELECT COUNT(*) FROM fact f JOIN submission s ON s.id = f.submission_id"
					+ " WHERE s.status = 'CURRENT'", Long.class);
		ConsolidationCases.check(facts != null && facts == rows, (remote ? "remote" : "local") + " night loaded "
				+ facts + " of " + rows + " rows");
		return took;
	}

	private void startWorkers() throws Exception {
		if (!workers.isEmpty()) {
			return;
		}
		for (int w = 1; w <= WORKERS; w++) {
			workers.add(startWorker("worker-" + w));
		}
		for (int w = 1; w <= WORKERS; w++) {
			awaitOutput(workers.get(w - 1), work.resolve("worker-" + w + ".log"), "serves the consolidation's partitions");
		}
	}

	private Process startWorker(String name) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx256m");
		// for profiling a worker, e.g. -XX:StartFlightRecording=filename=worker-{worker}.jfr,settings=profile
		String more = System.getenv(WORKER_JAVA_OPTS);
		if (more != null && !more.isBlank()) {
			command.addAll(List.of(more.replace("{worker}", name).strip().split("\\s+")));
		}
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.catchup.CatchUpApplication", "worker"));
		Files.createDirectories(work);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(work.resolve(name + ".log").toFile())
			.directory(new File(System.getProperty("user.dir")));
		Map<String, String> env = builder.environment();
		env.putAll(sameDatabaseAndFolders());
		env.put("CATCHUP_CONSOLIDATION_QUEUE", environment.getRequiredProperty("catchup.consolidation.queue"));
		return builder.start();
	}

	/** This process's database and data folder, for a child that must share them. */
	private Map<String, String> sameDatabaseAndFolders() {
		Map<String, String> env = new HashMap<>();
		env.put("CATCHUP_DB_URL", environment.getRequiredProperty("spring.datasource.url"));
		env.put("CATCHUP_DB_USER", environment.getProperty("spring.datasource.username", ""));
		env.put("CATCHUP_DB_PASSWORD", environment.getProperty("spring.datasource.password", ""));
		env.put("CATCHUP_DATA_DIR", dataDir.toAbsolutePath().toString());
		env.put("SPRING_PROFILES_ACTIVE", String.join(",", environment.getActiveProfiles()));
		return env;
	}

	private static void awaitOutput(Process process, Path log, String text) throws Exception {
		long until = System.nanoTime() + WORKER_START.toNanos();
		while (!Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
			if (!process.isAlive() || System.nanoTime() > until) {
				throw new IllegalStateException("A worker did not start; see " + log);
			}
			Thread.sleep(200);
		}
	}

	/** Stops the workers as Ctrl-C would, and removes the queue (the benchmark's own). */
	@Override
	public void close() throws Exception {
		for (Process worker : workers) {
			worker.destroy();
		}
		for (Process worker : workers) {
			if (!worker.waitFor(60, TimeUnit.SECONDS)) {
				worker.destroyForcibly();
			}
		}
		new RabbitAdmin(broker).deleteQueue(environment.getRequiredProperty("catchup.consolidation.queue"));
	}

}
