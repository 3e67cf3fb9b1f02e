package org.catchup.reliability;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.catchup.support.MariaDbTestDatabase;

/**
 * Runs {@code ./catchup <args>} as a separate JVM (the test's own classpath, the real main class)
 * against a MariaDB database and a data folder, optionally told to die at a crash point. This
 * is what an operator's shell does, minus the build.
 */
final class ChildJvm {

	private static final AtomicInteger RUNS = new AtomicInteger();

	record Result(int exitCode, String output) {
	}

	private final String database;

	private final Path dataDir;

	ChildJvm(String database, Path dataDir) {
		this.database = database;
		this.dataDir = dataDir;
	}

	Result run(String... args) throws IOException, InterruptedException {
		return runCrashingAt(null, args);
	}

	/** @param environment variables set for the child on top of the database and data folder */
	Result runWith(Map<String, String> environment, String... args) throws IOException, InterruptedException {
		return run(null, environment, args);
	}

	/** @param crashAt {@code point[:n]} for {@code catchup.test.crash-at}, or null */
	Result runCrashingAt(String crashAt, String... args) throws IOException, InterruptedException {
		return run(crashAt, Map.of(), args);
	}

	private Result run(String crashAt, Map<String, String> environment, String... args)
			throws IOException, InterruptedException {
		try (Running child = start(crashAt, environment, args)) {
			if (!child.process.waitFor(300, TimeUnit.SECONDS)) {
				throw new IllegalStateException("catchup " + String.join(" ", args)
						+ " did not finish in 5 minutes; see " + child.log);
			}
			return new Result(child.process.exitValue(), child.output());
		}
	}

	/**
	 * Starts {@code ./catchup <args>} without waiting for it, as a process that runs until stopped
	 * ({@code worker}) is started; closing the handle kills it if it still runs.
	 * @param crashAt {@code point[:n]} for {@code catchup.test.crash-at}, or null
	 */
	Running start(String crashAt, Map<String, String> environment, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
				"-cp", System.getProperty("java.class.path")));
		if (crashAt != null) {
			command.add("-Dcatchup.test.crash-at=" + crashAt);
		}
		command.add("org.catchup.CatchUpApplication");
		command.addAll(List.of(args));
		Files.createDirectories(dataDir);
		Path log = dataDir.resolve("child-" + RUNS.incrementAndGet() + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.directory(new File(System.getProperty("user.dir")));
		Map<String, String> env = builder.environment();
		env.put("SPRING_PROFILES_ACTIVE", "mysql");
		env.put("CATCHUP_DATA_DIR", dataDir.toString());
		env.put("CATCHUP_DB_URL", MariaDbTestDatabase.url(database));
		env.put("CATCHUP_DB_USER", "root");
		env.put("CATCHUP_DB_PASSWORD", "");
		env.putAll(environment);
		return new Running(builder.start(), log, String.join(" ", args));
	}

	/** A child started by {@link #start}: its process and the file its output goes to. */
	static final class Running implements AutoCloseable {

		private final Process process;

		private final Path log;

		private final String command;

		private Running(Process process, Path log, String command) {
			this.process = process;
			this.log = log;
			this.command = command;
		}

		String output() throws IOException {
			return Files.readString(log, StandardCharsets.UTF_8);
		}

		long pid() {
			return process.pid();
		}

		boolean isAlive() {
			return process.isAlive();
		}

		/** Waits until the output holds {@code text}; fails if the child ends or the time runs out first. */
		void awaitOutput(String text, Duration within) throws IOException, InterruptedException {
			long until = System.nanoTime() + within.toNanos();
			while (!output().contains(text)) {
				if (!process.isAlive()) {
					throw new IllegalStateException("catchup " + command + " ended (exit " + process.exitValue()
							+ ") before saying '" + text + "':\n" + output());
				}
				if (System.nanoTime() > until) {
					throw new IllegalStateException("catchup " + command + " did not say '" + text + "' within "
							+ within + ":\n" + output());
				}
				Thread.sleep(100);
			}
		}

		/** Waits for the child to end by itself; its exit code. */
		int awaitExit(Duration within) throws InterruptedException {
			if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException("catchup " + command + " did not end within " + within + "; see " + log);
			}
			return process.exitValue();
		}

		/** Asks the child to stop (SIGTERM, as Ctrl-C or a service manager would) and waits for it. */
		int stop() throws InterruptedException {
			process.destroy();
			return awaitExit(Duration.ofSeconds(60));
		}

		@Override
		public void close() {
			if (process.isAlive()) {
				process.destroyForcibly();
				try {
					process.waitFor(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}

	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
