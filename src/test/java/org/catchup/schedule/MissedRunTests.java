package org.catchup.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;

import org.catchup.jobs.JobDefinition;
import org.junit.jupiter.api.Test;

/** Which due time a job missed while no instance was up: at most one run, the latest. */
class MissedRunTests {

	private final Schedule nightly = Schedule
		.of(new JobDefinition("consolidation", "0 30 1 * * *", Map.of()), "consolidation")
		.orElseThrow();

	@Test
	void aNightMissedSinceTheLastRunIsRunOnce() {
		LocalDateTime lastRun = LocalDateTime.of(2026, 11, 24, 1, 30, 2);
		LocalDateTime startedAt = LocalDateTime.of(2026, 11, 25, 9, 0);

		assertThat(nightly.missedSince(lastRun, startedAt)).contains(LocalDateTime.of(2026, 11, 25, 1, 30));
	}

	@Test
	void severalMissedNightsMakeOneRunForTheLatest() {
		LocalDateTime lastRun = LocalDateTime.of(2026, 11, 20, 1, 30, 2);
		LocalDateTime startedAt = LocalDateTime.of(2026, 11, 25, 9, 0);

		assertThat(nightly.missedSince(lastRun, startedAt)).contains(LocalDateTime.of(2026, 11, 25, 1, 30));
	}

	@Test
	void nothingIsMissedWhenTheLastRunCameAfterTheLastDueTime() {
		LocalDateTime lastRun = LocalDateTime.of(2026, 11, 25, 1, 30, 0, 5_000_000);
		LocalDateTime startedAt = LocalDateTime.of(2026, 11, 25, 9, 0);

		assertThat(nightly.missedSince(lastRun, startedAt)).isEmpty();
	}

	@Test
	void aManualRunAfterTheDueTimeCountsAsTheRun() {
		LocalDateTime manualRun = LocalDateTime.of(2026, 11, 25, 8, 15);
		LocalDateTime startedAt = LocalDateTime.of(2026, 11, 25, 9, 0);

		assertThat(nightly.missedSince(manualRun, startedAt)).isEmpty();
	}

	@Test
	void aJobThatNeverRanHasMissedNothing() {
		assertThat(nightly.missedSince(null, LocalDateTime.of(2026, 11, 25, 9, 0))).isEmpty();
	}

	@Test
	void startingExactlyAtTheDueTimeLeavesItToTheSchedule() {
		LocalDateTime lastRun = LocalDateTime.of(2026, 11, 24, 1, 30, 2);
		LocalDateTime startedAt = LocalDateTime.of(2026, 11, 25, 1, 29, 59);

		assertThat(nightly.missedSince(lastRun, startedAt)).isEmpty();
	}

}
