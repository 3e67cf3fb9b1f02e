package org.catchup.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.catchup.support.SampleDataNight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The night's console counts the whole inbox once, whatever the number of partitions: the inbox
 * is announced once, and the files are numbered 1 to N over all partitions, from the count kept
 * in the database.
 */
@SpringBootTest(properties = { "catchup.consolidation-partitions=3", "catchup.consolidation-files-per-transaction=2" })
@ExtendWith(OutputCaptureExtension.class)
class NightCountTests extends SampleDataNight {

	@Test
	void filesAreNumberedOnceOverAllPartitionsAndTheInboxIsAnnouncedOnce(CapturedOutput output) throws Exception {
		sampleReferenceDataLoaded();
		int delivered = 0;
		try (Stream<Path> samples = Files.list(Path.of("sample-input/submissions/1959-01"))) {
			for (Path sample : samples.filter(Files::isRegularFile).toList()) {
				Files.copy(sample, properties.inbox().resolve(sample.getFileName()));
				delivered++;
			}
		}

		JobExecution night = launches.start("consolidation", Map.of());
		assertThat(night.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(night.getStepExecutions().stream().filter(s -> s.getStepName().contains(":")))
			.as("partitions").hasSize(3);

		String console = output.getAll();
		assertThat(Pattern.compile("Inbox .* holds " + delivered + " file\\(s\\)").matcher(console).results().count())
			.isEqualTo(1);
		Matcher numbers = Pattern.compile("file (\\d+) of " + delivered + ":").matcher(console);
		List<Integer> seen = numbers.results().map(m -> Integer.parseInt(m.group(1))).sorted().toList();
		assertThat(seen).isEqualTo(IntStream.rangeClosed(1, delivered).boxed().toList());
		assertThat(jdbc.sql("SELECT CONCAT(files_done, ' of ', files_total) FROM consolidation_count WHERE job_execution_id = :id")
			.param("id", night.getId())
			.query(String.class)
			.single()).isEqualTo(delivered + " of " + delivered);
	}

}
