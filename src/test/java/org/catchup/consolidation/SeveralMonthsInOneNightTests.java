package org.catchup.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.catchup.support.SampleDataNight;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The files of a chunk are checked side by side before any is stored, but an enterprise's months
 * that arrive in one night are still checked one after the other, as separate nights would check
 * them: February's warnings are found against January's teams, stored moments before.
 */
@SpringBootTest(properties = "catchup.consolidation-threads=2")
class SeveralMonthsInOneNightTests extends SampleDataNight {

	private static final Path SAMPLES = Path.of("sample-input/submissions");

	@Test
	void aMonthIsCheckedAgainstTheMonthBeforeItArrivingInTheSameNight() throws Exception {
		sampleReferenceDataLoaded();
		deliver(SAMPLES.resolve("1959-01/OBS-1959-01.xlsx"), "OBS-1959-01.xlsx", LocalDateTime.of(1959, 2, 3, 9, 0));
		Path february = properties.inbox().resolve("OBS-1959-02.xlsx");
		InboxDeliveries.renameFirstTeam(SAMPLES.resolve("1959-02/OBS-1959-02.xlsx"), february, "OB-99");
		InboxDeliveries.receivedAt(february, LocalDateTime.of(1959, 3, 3, 9, 0));

		nightCompletes();

		assertThat(jdbc.sql("""
				SELECT CONCAT(s.period, ' ', p.code, ' ', p.found_value) FROM submission_problem p
				JOIN submission s ON s.id = p.submission_id
				WHERE s.enterprise_code = 'OBS' AND p.code = 'NEW_TEAM'""").query(String.class).list())
			.as("only February's renamed team is new: January's teams were known when February was checked")
			.containsExactly("1959-02 NEW_TEAM OB-99");
	}

	private void deliver(Path source, String name, LocalDateTime received) throws Exception {
		InboxDeliveries.deliver(properties.inbox(), source, name, received);
	}

}
