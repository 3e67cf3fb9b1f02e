package org.catchup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.catchup.support.SampleDataNight;
import org.junit.jupiter.api.Test;

/**
 * A transaction's files are written together (their submission rows in one batch, then their
 * problems and facts): every row still gets its own file's id, facts and problems, and the ids
 * follow the order of arrival, a rejected file's among them.
 */
abstract class ChunkRowsScenario extends SampleDataNight {

	private static final Path MONTH = Path.of("sample-input/submissions/1959-01");

	@Test
	void everyFileOfATransactionKeepsItsOwnRowsProblemsAndFacts() throws Exception {
		sampleReferenceDataLoaded();
		List<Path> files;
		try (Stream<Path> month = Files.list(MONTH)) {
			files = Stream.concat(month.sorted(), Stream.of(Path.of("sample-input/broken/BROKEN-unknown-indicator.xlsx")))
				.toList();
		}
		Instant arrival = Instant.parse("1959-02-03T08:00:00Z");
		for (Path file : files) {
			Path arrived = Files.copy(file, properties.inbox().resolve(file.getFileName()));
			// the broken file arrives in the middle, so its rejection row sits among the versions
			long minute = file.getFileName().toString().startsWith("BROKEN") ? 3 : files.indexOf(file);
			Files.setLastModifiedTime(arrived, FileTime.from(arrival.plusSeconds(60 * minute + files.indexOf(file))));
		}

		nightCompletes();

		List<String> byId = jdbc.sql("SELECT file_name FROM submission ORDER BY id").query(String.class).list();
		List<String> byArrival = jdbc.sql("SELECT file_name FROM submission ORDER BY received_at").query(String.class).list();
		assertThat(byId).hasSize(files.size()).isEqualTo(byArrival);
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM submission s
				WHERE s.status = 'CURRENT' AND s.row_count <> (SELECT COUNT(*) FROM fact f WHERE f.submission_id = s.id
				    AND f.enterprise_code = s.enterprise_code AND f.period = s.period)""").query(Integer.class).single())
			.as("versions whose facts are not exactly their own rows").isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE status = 'CURRENT'").query(Integer.class).single())
			.isEqualTo(files.size() - 1);
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM submission s
				WHERE (SELECT COUNT(*) FROM submission_problem p WHERE p.submission_id = s.id AND p.severity = 'ERROR')
				      <> s.error_count
				   OR (SELECT COUNT(*) FROM submission_problem p WHERE p.submission_id = s.id AND p.severity = 'WARNING')
				      <> s.warning_count""").query(Integer.class).single())
			.as("submissions whose stored problems are not their own").isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM submission_problem").query(Integer.class).single()).isPositive();
		assertThat(jdbc.sql("SELECT error_count FROM submission WHERE status = 'REJECTED'").query(Integer.class).single())
			.isPositive();
	}

}
