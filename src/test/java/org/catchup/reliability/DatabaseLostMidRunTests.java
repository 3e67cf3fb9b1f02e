package org.catchup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.catchup.support.MariaDbTestDatabase;
import org.catchup.support.SampleDataNight;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database server goes away in the middle of a night (a proxy in front of MariaDB is cut:
 * connections drop, new ones are refused). The run is reported within the loss timeout, with
 * one sentence naming when and where and what to do, not after minutes of connection timeouts.
 */
@Tag("mariadb")
@SpringBootTest(properties = { "catchup.consolidation-files-per-transaction=1", "catchup.consolidation-partitions=1",
		"catchup.database.loss-timeout=20s", "spring.datasource.hikari.connection-timeout=5000" })
@ActiveProfiles("mysql")
class DatabaseLostMidRunTests extends SampleDataNight {

	private static final String DATABASE = "catchup_lost_mid_run_test";

	private static CuttableProxy proxy;

	/** Not {@code @OnMariaDb}: the application reaches the database through the proxy. */
	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws Exception {
		MariaDbTestDatabase.register(DATABASE, registry);
		proxy = new CuttableProxy("127.0.0.1", 3306);
		registry.add("spring.datasource.url", () -> "jdbc:mysql://127.0.0.1:" + proxy.port() + "/" + MariaDbTestDatabase.qualified(DATABASE));
	}

	@AfterAll
	static void closeProxy() {
		proxy.close();
	}

	@Autowired
	List<ApplicationRunner> runners;

	@Test
	void aDatabaseLostMidRunFailsTheRunWithinTheBoundWithASentence() throws Exception {
		sampleReferenceDataLoaded();
		try (Stream<Path> samples = Files.walk(Path.of("sample-input/submissions"))) {
			for (Path sample : samples.filter(Files::isRegularFile).toList()) {
				Path copy = Files.copy(sample, properties.inbox().resolve(sample.getFileName()));
				Files.setLastModifiedTime(copy, FileTime.from(
						LocalDateTime.of(1959, 12, 3, 9, 0).atZone(ZoneId.systemDefault()).toInstant()));
			}
		}

		CompletableFuture<String> night = CompletableFuture.supplyAsync(() -> launch("run", "consolidation"));
		waitForStoredSubmissions(2);
		proxy.cut();
		Instant cut = Instant.now();
		String console = night.get(3, TimeUnit.MINUTES);
		Duration reported = Duration.between(cut, Instant.now());

		assertThat(reported).as("reported within the loss timeout (20 s), with a little slack")
			.isLessThan(Duration.ofSeconds(25));
		assertThat(console).contains("The database stopped answering at ")
			.contains("(jdbc:mysql://127.0.0.1:" + proxy.port() + "/" + MariaDbTestDatabase.qualified(DATABASE) + ")")
			.contains("nothing of the unfinished files was stored")
			.containsPattern("When it is back, (resume with: \\./catchup restart \\d+|run it again: \\./catchup run consolidation)")
			.doesNotContain("Exception");
		assertThat(exitCode()).isEqualTo(4);

		// the database is back: the advice printed finishes the night
		proxy.restore();
		// one connection timeout on, the application tries the database again
		Thread.sleep(6000);
		Matcher restart = Pattern.compile("resume with: \\./catchup restart (\\d+)").matcher(console);
		String again = restart.find() ? launch("restart", restart.group(1)) : launch("run", "consolidation");

		assertThat(exitCode()).as(again).isZero();
		try (Stream<Path> left = Files.list(properties.inbox())) {
			assertThat(left).as("every file stored and filed").isEmpty();
		}
	}

	private static void waitForStoredSubmissions(int count) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		try (Connection connection = MariaDbTestDatabase.connect(DATABASE);
				Statement statement = connection.createStatement()) {
			while (System.nanoTime() < deadline) {
				try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM submission")) {
					rs.next();
					if (rs.getInt(1) >= count) {
						return;
					}
				}
				Thread.sleep(20);
			}
		}
		throw new IllegalStateException("The night stored fewer than " + count + " submissions in a minute");
	}

	private int exitCode() {
		return runners.stream()
			.filter(ExitCodeGenerator.class::isInstance)
			.mapToInt(r -> ((ExitCodeGenerator) r).getExitCode())
			.findFirst()
			.orElseThrow();
	}

	/** Runs a launcher command as {@code ./catchup} would, returning what it printed. */
	private String launch(String... args) {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		PrintStream original = System.out;
		System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
		try {
			for (ApplicationRunner runner : runners) {
				if (runner instanceof ExitCodeGenerator) {
					runner.run(new DefaultApplicationArguments(args));
				}
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			System.setOut(original);
		}
		return buffer.toString(StandardCharsets.UTF_8);
	}

}
