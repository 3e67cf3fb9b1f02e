package org.catchup.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.catchup.support.SampleDataNight;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Files of one night are stored in the order they arrived, whatever their names: the version
 * received later is the current one, and of identical copies the one received first is stored.
 * Several partitions and check threads run, as at night.
 */
@SpringBootTest(properties = { "catchup.consolidation-threads=3", "catchup.consolidation-partitions=3",
		"catchup.consolidation-files-per-transaction=2" })
class VersionsFollowArrivalTests extends SampleDataNight {

	private static final Path SAMPLES = Path.of("sample-input/submissions");

	private static final LocalDateTime FIRST = LocalDateTime.of(1959, 2, 3, 9, 0);

	private static final LocalDateTime SECOND = LocalDateTime.of(1959, 2, 4, 16, 30);

	@Test
	void theVersionReceivedLaterIsCurrentAndTheFirstReceivedCopyIsStored() throws Exception {
		sampleReferenceDataLoaded();
		// the correction arrives a day later under a name that sorts first
		deliver(SAMPLES.resolve("1959-01/OBS-1959-01.xlsx"), "OBS-1959-01-original.xlsx", FIRST);
		Path correction = properties.inbox().resolve("OBS-1959-01-correction.xlsx");
		InboxDeliveries.renameFirstTeam(SAMPLES.resolve("1959-01/OBS-1959-01.xlsx"), correction, "OB-99");
		InboxDeliveries.receivedAt(correction, SECOND);
		// the same workbook twice: the re-send sorts first by name
		deliver(SAMPLES.resolve("1959-02/OBS-1959-02.xlsx"), "OBS-1959-02-sent.xlsx", FIRST);
		deliver(SAMPLES.resolve("1959-02/OBS-1959-02.xlsx"), "OBS-1959-02-resent.xlsx", SECOND);

		nightCompletes();

		assertThat(jdbc.sql("""
				SELECT CONCAT(period, ' v', version, ' ', status, ' ', file_name) FROM submission
				WHERE enterprise_code = 'OBS' ORDER BY period, version""").query(String.class).list())
			.containsExactly("1959-01 v1 SUPERSEDED OBS-1959-01-original.xlsx",
					"1959-01 v2 CURRENT OBS-1959-01-correction.xlsx", "1959-02 v1 CURRENT OBS-1959-02-sent.xlsx");
		assertThat(jdbc.sql("SELECT received_at FROM submission WHERE file_name = 'OBS-1959-01-correction.xlsx'")
			.query(LocalDateTime.class)
			.single()).as("the received time stored is the time it arrived").isEqualTo(SECOND);
		assertThat(properties.archive().resolve("duplicates").resolve("OBS-1959-02-resent.xlsx"))
			.as("the later copy is the duplicate")
			.exists();
	}

	private void deliver(Path source, String name, LocalDateTime received) throws Exception {
		InboxDeliveries.deliver(properties.inbox(), source, name, received);
	}

}
