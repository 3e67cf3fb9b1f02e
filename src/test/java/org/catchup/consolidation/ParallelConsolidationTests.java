package org.catchup.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import org.catchup.support.SampleDataNight;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.FileSystemUtils;

/**
 * Two consolidation workers side by side: the same content sent twice in one night is still
 * loaded once, whichever worker reaches it first.
 */
@SpringBootTest(properties = "catchup.consolidation-threads=2")
class ParallelConsolidationTests extends SampleDataNight {

	private static final Path SAMPLES = Path.of("sample-input/submissions/1959-01");

	@RepeatedTest(3)
	void theSameFileTwiceInOneNightIsLoadedOnce() throws Exception {
		if (jdbc.sql("SELECT COUNT(*) FROM enterprise").query(Integer.class).single() == 0) {
			sampleReferenceDataLoaded();
		}
		jdbc.sql("DELETE FROM submission_problem").update();
		jdbc.sql("DELETE FROM fact").update();
		jdbc.sql("DELETE FROM submission").update();
		Files.createDirectories(properties.inbox());
		FileSystemUtils.deleteRecursively(properties.archive());
		FileSystemUtils.deleteRecursively(properties.rejected());
		Files.copy(SAMPLES.resolve("ABH-1959-01.xlsx"), properties.inbox().resolve("ABH-1959-01.xlsx"));
		Files.copy(SAMPLES.resolve("ABH-1959-01.xlsx"), properties.inbox().resolve("ABH-1959-01-again.xlsx"));
		Files.copy(SAMPLES.resolve("KLH-1959-01.xlsx"), properties.inbox().resolve("KLH-1959-01.xlsx"));
		Files.copy(SAMPLES.resolve("OBS-1959-01.xlsx"), properties.inbox().resolve("OBS-1959-01.xlsx"));
		Path broken = Path.of("sample-input/broken/BROKEN-unknown-indicator.xlsx");
		Files.copy(broken, properties.inbox().resolve("BROKEN-1.xlsx"));
		Files.copy(broken, properties.inbox().resolve("BROKEN-2.xlsx"));
		// the copies arrive a minute after the originals: the first received is stored
		for (String copy : new String[] { "ABH-1959-01-again.xlsx", "BROKEN-2.xlsx" }) {
			Path file = properties.inbox().resolve(copy);
			Files.setLastModifiedTime(file,
					FileTime.from(Files.getLastModifiedTime(file).toInstant().plusSeconds(60)));
		}

		JobExecution night = launches.start("consolidation", Map.of());

		assertThat(night.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(night.getStepExecutions().iterator().next().getExecutionContext().getInt("alreadyConsolidated"))
			.as("each copy is a duplicate, not a file a crash left behind").isEqualTo(2);
		assertThat(properties.archive().resolve("duplicates/ABH-1959-01-again.xlsx")).exists();
		assertThat(properties.archive().resolve("duplicates/BROKEN-2.xlsx")).exists();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE status = 'REJECTED'").query(Integer.class).single())
			.as("one rejection for the broken file and its copy").isEqualTo(1);

		assertThat(jdbc.sql("SELECT enterprise_code, version FROM submission ORDER BY enterprise_code, COALESCE(version, 0)")
			.query((rs, n) -> rs.getString(1) + ":" + rs.getInt(2))
			.list()).containsExactly("ABH:1", "KLH:0", "KLH:1", "OBS:1");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM fact WHERE enterprise_code = 'ABH'").query(Integer.class).single())
			.isEqualTo(8);
		try (var inbox = Files.list(properties.inbox())) {
			assertThat(inbox).isEmpty();
		}
	}

}
