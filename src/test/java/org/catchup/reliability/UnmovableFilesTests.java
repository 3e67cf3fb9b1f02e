package org.catchup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.catchup.support.SampleDataNight;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Promise 7: a file that cannot be moved out of the inbox stays there and is reported; the run
 * goes on with the other files and ends FAILED; once the folder is fixed the next run files it
 * where it belongs without loading it again. (Tests run as root, so a regular file standing
 * where the archive folder should be blocks it, not permissions.)
 */
@SpringBootTest
class UnmovableFilesTests extends SampleDataNight {

	private static final Path SAMPLES = Path.of("sample-input/submissions/1959-01");

	@Test
	void aFileThatCannotBeMovedStaysInTheInboxIsReportedAndIsFiledByTheNextRun() throws Exception {
		sampleReferenceDataLoaded();
		deliver(SAMPLES.resolve("ABH-1959-01.xlsx"), "ABH-1959-01.xlsx");
		deliver(Path.of("sample-input/broken/BROKEN-unknown-indicator.xlsx"), "BROKEN-unknown-indicator.xlsx");
		deliver(SAMPLES.resolve("KLH-1959-01.xlsx"), "KLH-1959-01.xlsx");
		Files.writeString(properties.archive(), "a file where the archive folder should be");

		JobExecution blocked = launches.start("consolidation", Map.of());

		assertThat(blocked.getStatus()).isEqualTo(BatchStatus.FAILED);
		// the worker step's failure names the files (the partitioned manager step adds its own failure)
		assertThat(blocked.getAllFailureExceptions()).anySatisfy(failure -> assertThat(failure.getMessage())
			.containsPattern("of which \\d could not be moved out of the inbox to the archive or rejected folder")
			.contains("ABH-1959-01.xlsx", "KLH-1959-01.xlsx"));
		assertThat(blocked.getStepExecutions()
			.stream()
			.filter(step -> !step.getStepName().contains(":"))
			.mapToInt(step -> step.getExecutionContext().getInt("loaded", 0))
			.sum()).as("the night's summary counts the stored files, moved or not").isEqualTo(2);
		assertThat(inbox()).containsExactly("ABH-1959-01.xlsx", "KLH-1959-01.xlsx");
		assertThat(properties.rejected().resolve("BROKEN-unknown-indicator.xlsx")).exists();
		assertThat(versions()).containsExactly("ABH-1959-01.xlsx:1:CURRENT", "BROKEN-unknown-indicator.xlsx:null:REJECTED",
				"KLH-1959-01.xlsx:1:CURRENT");

		Files.delete(properties.archive());
		JobExecution fixed = launches.start("consolidation", Map.of());

		assertThat(fixed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(inbox()).isEmpty();
		assertThat(properties.archive().resolve("1959-01/ABH-1959-01.xlsx")).exists();
		assertThat(properties.archive().resolve("1959-01/KLH-1959-01.xlsx")).exists();
		assertThat(properties.archive().resolve("duplicates")).doesNotExist();
		assertThat(versions()).as("filed, not loaded again").containsExactly("ABH-1959-01.xlsx:1:CURRENT",
				"BROKEN-unknown-indicator.xlsx:null:REJECTED", "KLH-1959-01.xlsx:1:CURRENT");
	}

	private List<String> versions() {
		return jdbc.sql("SELECT file_name, version, status FROM submission ORDER BY file_name")
			.query((rs, n) -> rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getString(3))
			.list();
	}

	private void deliver(Path source, String name) throws Exception {
		Files.createDirectories(properties.inbox());
		Path copy = Files.copy(source, properties.inbox().resolve(name));
		Files.setLastModifiedTime(copy,
				FileTime.from(LocalDateTime.of(1959, 2, 3, 9, 0).atZone(ZoneId.systemDefault()).toInstant()));
	}

	private List<String> inbox() throws Exception {
		try (Stream<Path> files = Files.list(properties.inbox())) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

}
