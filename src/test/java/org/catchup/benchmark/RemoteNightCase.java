package org.catchup.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.core.env.Environment;
import org.springframework.util.FileSystemUtils;

/**
 * Case {@code remote-night}: the night of case 2 (its files, its warehouse) run by a manager
 * process that sends its partitions through RabbitMQ to two {@code ./catchup worker} processes,
 * each a JVM of its own on this machine, against the same night run locally in the same
 * benchmark (its best round is the reference). The workers start once and stay up across the
 * rounds, as they would across nights; each round starts a manager, as {@code ./catchup run}
 * does, and is timed from the run's start to its end as the job repository records them, so the
 * manager's JVM start is not counted (nor is it in the local reference). Every process gets the
 * benchmark's database, data folder and its own queue; the workers a heap of 256 MB each.
 */
final class RemoteNightCase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RemoteNightCase.class);

	private static final int WORKERS = 2;

	private static final Duration WORKER_START = Duration.ofMinutes(3);

	private final BenchDatabase database;

	private final Environment environment;

	private final ConnectionFactory broker;

	private final Path work;

	private final Path dataDir;

	private final String queue = "catchup.bench." + UUID.randomUUID();

	private final List<Process> workers = new ArrayList<>();

	RemoteNightCase(BenchDatabase database, Environment environment, ConnectionFactory broker, Path dataDir,
			Path work) {
		this.database = database;
		this.environment = environment;
		this.broker = broker;
		this.dataDir = dataDir;
		this.work = work;
	}

	/**
	 * @param source the night's files, as case 2 wrote them
	 * @param local the same night in this process: its best round is the reference
	 */
	Measurement run(String caseName, String size, Path source, long rows, Measurement local, double target,
			int rounds) throws Exception {
		List<Path> files;
		try (Stream<Path> listed = Files.list(source)) {
			files = listed.sorted().toList();
		}
		startWorkers();
		double best = Double.MAX_VALUE;
		double first = Double.NaN;
		for (int round = 0; round < rounds; round++) {
			database.reset(files.size());
			Path inbox = work.resolve("inbox-remote");
			FileSystemUtils.deleteRecursively(inbox);
			Files.createDirectories(inbox);
			for (Path file : files) {
				Files.copy(file, inbox.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
			}
			Process manager = start("manager-" + (round + 1), Map.of("CATCHUP_CONSOLIDATION_REMOTE", "true"), "run",
					"consolidation", "inbox=" + inbox);
			if (!manager.waitFor(30, TimeUnit.MINUTES)) {
				manager.destroyForcibly();
				throw new IllegalStateException("The remote night did not end within 30 minutes");
			}
			ConsolidationCases.check(manager.exitValue() == 0, "the remote night's manager exited with "
					+ manager.exitValue() + "; see " + work.resolve("manager-" + (round + 1) + ".log"));
			double took = lastNightSeconds();
			Long facts = database.jdbc()
				.queryForObject("SELECT COUNT(*) FROM fact f JOIN submission s ON s.id = f.submission_id"
						+ " WHERE s.status = 'CURRENT'", Long.class);
			ConsolidationCases.check(facts != null && facts == rows, "remote night loaded " + facts + " of " + rows
					+ " rows");
			log.info("{} {} round {}: {} s", caseName, size, round + 1, String.format(Locale.ROOT, "%.2f", took));
			first = round == 0 ? took : first;
			best = Math.min(best, took);
		}
		return new Measurement(caseName, size, rows, best, 0, local.seconds(), target,
				String.format(Locale.ROOT, "(reference: the local night of this run; %d workers, %s partitions; "
						+ "first round %.2f s; heap: %d MB per worker)", WORKERS,
						environment.getProperty("catchup.consolidation.remote-partitions"), first, 256));
	}

	/** The latest run's time from its start to its end, as the job repository has them. */
	private double lastNightSeconds() {
		return database.jdbc()
			.queryForObject("SELECT STATUS, START_TIME, END_TIME FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = "
					+ "(SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)", (rs, n) -> {
						ConsolidationCases.check("COMPLETED".equals(rs.getString("STATUS")),
								"remote night ended " + rs.getString("STATUS"));
						return Duration.between(rs.getObject("START_TIME", LocalDateTime.class),
								rs.getObject("END_TIME", LocalDateTime.class)).toNanos() / 1e9;
					});
	}

	private void startWorkers() throws Exception {
		if (!workers.isEmpty()) {
			return;
		}
		for (int w = 1; w <= WORKERS; w++) {
			workers.add(start("worker-" + w, Map.of(), "worker"));
		}
		for (int w = 1; w <= WORKERS; w++) {
			awaitOutput(workers.get(w - 1), work.resolve("worker-" + w + ".log"), "serves the consolidation's partitions");
		}
	}

	private Process start(String name, Map<String, String> more, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.catchup.CatchUpApplication"));
		command.addAll(List.of(args));
		Files.createDirectories(work);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(work.resolve(name + ".log").toFile())
			.directory(new File(System.getProperty("user.dir")));
		Map<String, String> env = builder.environment();
		env.putAll(sameDatabaseAndFolders());
		env.put("CATCHUP_CONSOLIDATION_QUEUE", queue);
		env.putAll(more);
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

	/** Stops the workers as Ctrl-C would, and removes the queue. */
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
		new RabbitAdmin(broker).deleteQueue(queue);
	}

}
