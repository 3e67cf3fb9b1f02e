package org.catchup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.catchup.support.OnMariaDb;
import org.catchup.support.SampleDataNight;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Promise 2: the warehouse drops away in the middle of a load. The run fails with a clear
 * message, nothing half-written remains (the files of the transaction in progress have no row
 * and stay in the inbox; the files committed before them are whole), and once the database is
 * back the next run finishes the night, even though the repository could not record the
 * failure itself. One writer, two files per transaction, so the outage hits the second of two.
 */
@OnMariaDb("catchup_outage_test")
@SpringBootTest(properties = { "catchup.consolidation-files-per-transaction=2", "catchup.consolidation-partitions=1" })
@Import(FlakyDatabase.Config.class)
class DatabaseOutageTests extends SampleDataNight {

	private static final Path SAMPLES = Path.of("sample-input/submissions/1959-01");

	private static final List<String> GOOD = List.of("ABH-1959-01.xlsx", "FORT-1959-01.xlsx", "KLH-1959-01.xlsx",
			"NRB-1959-01.xlsx");

	@Autowired
	List<ApplicationRunner> runners;

	@AfterEach
	void databaseBack() {
		FlakyDatabase.restore();
	}

	@Test
	void anOutageMidLoadFailsCleanlyAndTheNextRunFinishesTheNight() throws Exception {
		sampleReferenceDataLoaded();
		for (String name : GOOD) {
			Path copy = Files.copy(SAMPLES.resolve(name), properties.inbox().resolve(name));
			Files.setLastModifiedTime(copy, FileTime.from(
					LocalDateTime.of(1959, 2, 3, 9, 0).atZone(ZoneId.systemDefault()).toInstant()));
		}

		// The second transaction's fact rows, the third and fourth files', are on their way
		// (LOAD DATA … INTO TABLE fact) when the server goes.
		FlakyDatabase.cutAt("INTO TABLE fact", 2);
		String console = launch("run", "consolidation");

		assertThat(FlakyDatabase.isDown()).as("the outage happened").isTrue();
		FlakyDatabase.restore();
		assertThat(console).contains("The database stopped answering at").contains("When it is back").doesNotContain("Exception");
		// Nothing half-written: two whole files, nothing of the third or fourth, both still waiting.
		assertThat(jdbc.sql("SELECT file_name FROM submission ORDER BY file_name").query(String.class).list())
			.containsExactly("ABH-1959-01.xlsx", "FORT-1959-01.xlsx");
		assertEveryLoadIsWhole();
		assertThat(inbox()).containsExactly("KLH-1959-01.xlsx", "NRB-1959-01.xlsx");

		JobExecution again = launches.start("consolidation", Map.of());

		assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(jdbc.sql("SELECT CONCAT(file_name, ':', version, ':', status) FROM submission ORDER BY file_name")
			.query(String.class)
			.list()).containsExactly("ABH-1959-01.xlsx:1:CURRENT", "FORT-1959-01.xlsx:1:CURRENT",
					"KLH-1959-01.xlsx:1:CURRENT", "NRB-1959-01.xlsx:1:CURRENT");
		assertEveryLoadIsWhole();
		for (String name : GOOD) {
			assertThat(jdbc.sql("""
					SELECT COUNT(*) FROM fact f JOIN submission s ON s.id = f.submission_id WHERE s.file_name = :f""")
				.param("f", name)
				.query(Integer.class)
				.single()).as("rows of %s", name).isEqualTo(SampleRows.count(SAMPLES.resolve(name)));
			assertThat(properties.archive().resolve("1959-01").resolve(name)).exists();
		}
		assertThat(inbox()).isEmpty();
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTING', 'STARTED', 'STOPPING')""")
			.query(Integer.class)
			.single()).as("no execution left running").isZero();
	}

	private void assertEveryLoadIsWhole() {
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM submission s
				WHERE s.status <> 'REJECTED' AND s.row_count <> (SELECT COUNT(*) FROM fact f WHERE f.submission_id = s.id)""")
			.query(Integer.class)
			.single()).isZero();
	}

	/** Runs a launcher command as {@code ./catchup} would, returning what it printed. */
	private String launch(String... args) throws Exception {
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
		finally {
			System.setOut(original);
		}
		return buffer.toString(StandardCharsets.UTF_8);
	}

	private List<String> inbox() throws Exception {
		try (Stream<Path> files = Files.list(properties.inbox())) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

}
