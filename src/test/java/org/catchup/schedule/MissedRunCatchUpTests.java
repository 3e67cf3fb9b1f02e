package org.catchup.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.catchup.jobs.JobLaunches;
import org.catchup.jobs.JobLock;
import org.catchup.system.CatchUpProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application is down through the night of the consolidation and starts again the next
 * morning (a fixed clock): the missed night runs once on start; the bulletin, which never ran,
 * is not run; the schedules are planned from the clock.
 */
class MissedRunCatchUpTests {

	@TempDir
	static Path dataDir;

	@Test
	void aNightMissedWhileTheApplicationWasDownIsRunOnceOnStart() throws Exception {
		try (ConfigurableApplicationContext yesterday = Instances.start(properties(false), null)) {
			JobLaunches launches = yesterday.getBean(JobLaunches.class);
			launches.start("reference-data", Map.of("file", "sample-input/reference-data.xlsx"));
			Instances.deliver(yesterday.getBean(CatchUpProperties.class).inbox(), "1959-01");
			assertThat(launches.start("consolidation", Map.of()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
			Instances.deliver(yesterday.getBean(CatchUpProperties.class).inbox(), "1959-02");
		}
		ZoneId zone = ZoneId.systemDefault();
		LocalDateTime nextMorning = LocalDate.now().plusDays(1).atTime(9, 0);
		Clock clock = Clock.fixed(nextMorning.atZone(zone).toInstant(), zone);

		try (ConfigurableApplicationContext today = Instances.start(properties(true), clock)) {
			waitForExecutions(today, "consolidation", 2);
			Thread.sleep(1000); // and no second catch-up

			assertThat(Instances.executions(today, "consolidation")).isEqualTo(2);
			assertThat(Instances.submissions(today, "1959-02")).hasSize(6);
			assertThat(Instances.executions(today, "bulletin")).isZero();
			assertThat(today.getBean(JobScheduler.class).nextRuns())
				.containsEntry("consolidation", nextMorning.toLocalDate().plusDays(1).atTime(1, 30))
				.containsKey("bulletin")
				.doesNotContainKey("reference-data");
		}
	}

	@Test
	void theSchedulerIsOffUnlessEnabled() {
		try (ConfigurableApplicationContext launcher = Instances.start(properties(false), null)) {
			assertThat(launcher.getBeanNamesForType(JobScheduler.class)).isEmpty();
		}
	}

	private static Map<String, String> properties(boolean scheduling) {
		Map<String, String> properties = new HashMap<>();
		properties.put("catchup.data-dir", dataDir.toString());
		properties.put("catchup.scheduling.enabled", String.valueOf(scheduling));
		return properties;
	}

	private static void waitForExecutions(ConfigurableApplicationContext context, String job, int count)
			throws InterruptedException {
		long deadline = System.currentTimeMillis() + 60_000;
		while (Instances.executions(context, job) < count && System.currentTimeMillis() < deadline) {
			Thread.sleep(200);
		}
		// a run still in progress holds its lock; wait for it to end
		while (context.getBean(JobLock.class).holder(job).isPresent() && System.currentTimeMillis() < deadline) {
			Thread.sleep(200);
		}
	}

}
