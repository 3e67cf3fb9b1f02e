package org.catchup.reliability;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
		Process process = builder.start();
		if (!process.waitFor(300, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("catchup " + String.join(" ", args) + " did not finish in 5 minutes; see "
					+ log);
		}
		return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
