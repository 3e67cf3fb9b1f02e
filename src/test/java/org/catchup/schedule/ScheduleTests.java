package org.catchup.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.catchup.jobs.JobDefinition;
import org.catchup.jobs.JobDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schedules as the files in jobs/ write them, and what a scheduled run is given. */
class ScheduleTests {

	private static final LocalDateTime NOON_25_NOV = LocalDateTime.of(2026, 11, 25, 12, 0);

	private final JobDefinitions shipped = new JobDefinitions(Path.of("jobs"));

	@Test
	void theShippedJobFilesScheduleTheNightlyConsolidationAndTheMonthlyBulletinOnly() {
		List<JobDefinition> definitions = shipped.definitions();

		assertThat(definitions).extracting(JobDefinition::name)
			.containsExactly("assistance-register", "bulletin", "consolidation", "reference-data");
		assertThat(definitions).filteredOn(d -> d.schedule() != null)
			.extracting(JobDefinition::name)
			.containsExactly("bulletin", "consolidation");
		assertThat(definitions.get(1).parameters()).containsEntry("scope", "ALL");
	}

	@Test
	void theConsolidationRunsAtHalfPastOneEveryNight() {
		Schedule consolidation = schedule("consolidation");

		assertThat(consolidation.next(NOON_25_NOV)).isEqualTo(LocalDateTime.of(2026, 11, 26, 1, 30));
		assertThat(consolidation.next(LocalDateTime.of(2026, 11, 26, 1, 30))).isEqualTo(LocalDateTime.of(2026, 11, 27, 1, 30));
	}

	@Test
	void theBulletinRunsOnTheSeventhAtSix() {
		Schedule bulletin = schedule("bulletin");

		assertThat(bulletin.next(NOON_25_NOV)).isEqualTo(LocalDateTime.of(2026, 12, 7, 6, 0));
	}

	@Test
	void aJobWithoutScheduleHasNone() {
		JobDefinition referenceData = definition("reference-data");

		assertThat(Schedule.of(referenceData, "jobs/reference-data.properties")).isEmpty();
	}

	@Test
	void aChangedFileGivesTheNewSchedule(@TempDir Path jobs) throws Exception {
		Files.writeString(jobs.resolve("consolidation.properties"), "schedule=0 0 22 * * MON-FRI\n");

		JobDefinition changed = new JobDefinitions(jobs).definitions().get(0);

		assertThat(Schedule.of(changed, "x").orElseThrow().next(NOON_25_NOV))
			.isEqualTo(LocalDateTime.of(2026, 11, 25, 22, 0));
	}

	@Test
	void aScheduleThatIsNoCronExpressionFailsNamingTheFile(@TempDir Path jobs) throws Exception {
		Files.writeString(jobs.resolve("consolidation.properties"), "schedule=30 1 * * *\n");
		JobDefinition broken = new JobDefinitions(jobs).definitions().get(0);

		assertThatIllegalStateException().isThrownBy(() -> Schedule.of(broken, "jobs/consolidation.properties"))
			.withMessageContaining("jobs/consolidation.properties")
			.withMessageContaining("'30 1 * * *'")
			.withMessageContaining("six fields");
	}

	@Test
	void theScheduledBulletinRendersThePreviousMonth() {
		assertThat(ScheduledParameters.forRun("bulletin", LocalDateTime.of(2026, 12, 7, 6, 0), Map.of("scope", "ALL")))
			.containsExactly(Map.entry("month", "2026-11"));
		assertThat(ScheduledParameters.forRun("bulletin", LocalDateTime.of(2027, 1, 7, 6, 0), Map.of()))
			.containsExactly(Map.entry("month", "2026-12"));
	}

	@Test
	void aMonthInTheBulletinFileWinsOverThePreviousMonth() {
		assertThat(ScheduledParameters.forRun("bulletin", LocalDateTime.of(2026, 12, 7, 6, 0), Map.of("month", "1959-09")))
			.isEmpty();
	}

	@Test
	void theScheduledConsolidationRunsWithItsFileDefaultsOnly() {
		assertThat(ScheduledParameters.forRun("consolidation", NOON_25_NOV, Map.of())).isEmpty();
	}

	private Schedule schedule(String job) {
		return Schedule.of(definition(job), job).orElseThrow();
	}

	private JobDefinition definition(String job) {
		return shipped.definitions().stream().filter(d -> d.name().equals(job)).findFirst().orElseThrow();
	}

}
