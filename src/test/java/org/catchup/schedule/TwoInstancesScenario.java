package org.catchup.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.catchup.jobs.JobAlreadyRunningException;
import org.catchup.jobs.JobDefinitions;
import org.catchup.jobs.JobLaunches;
import org.catchup.system.CatchUpProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the application on one database and one data folder (never the
 * same scheduled job twice at once; of two runs started together one runs,
 * the other is refused, and no file is consolidated twice). Subclasses choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoInstancesScenario {

	private static final String CONSOLIDATION = "consolidation";

	@TempDir
	static Path dataDir;

	private ConfigurableApplicationContext one;

	private ConfigurableApplicationContext two;

	/** spring.datasource.* of a fresh database; empty for the default embedded H2 under the data folder. */
	abstract Map<String, String> database();

	@BeforeAll
	void startBoth() throws Exception {
		Map<String, String> properties = new HashMap<>(database());
		properties.put("catchup.data-dir", dataDir.toString());
		one = Instances.start(properties, null);
		two = Instances.start(properties, null);
		JobExecution reference = one.getBean(JobLaunches.class)
			.start("reference-data", Map.of("file", "sample-input/reference-data.xlsx"));
		assertThat(reference.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@AfterAll
	void stopBoth() {
		Stream.of(two, one).filter(c -> c != null).forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void twoManualRunsAtOnceOneRunsTheOtherIsRefusedAndEveryFileIsConsolidatedOnce() throws Exception {
		Instances.deliver(inbox(), "1959-01");
		int before = Instances.executions(one, CONSOLIDATION);

		List<Object> outcomes = atOnce(() -> manual(one), () -> manual(two));

		assertThat(outcomes).filteredOn(JobExecution.class::isInstance)
			.singleElement()
			.extracting(e -> ((JobExecution) e).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		assertThat(outcomes).filteredOn(String.class::isInstance)
			.singleElement()
			.asString()
			.matches("consolidation is already running since \\d\\d:\\d\\d:\\d\\d on host .+ \\((execution \\d+|its execution is being created)\\); try again when it has finished .*");
		assertThat(Instances.executions(one, CONSOLIDATION)).isEqualTo(before + 1);
		assertConsolidatedOnce("1959-01");
	}

	@Test
	void twoSchedulersDueAtTheSameTimeRunTheJobOnce() throws Exception {
		Instances.deliver(inbox(), "1959-02");
		int before = Instances.executions(one, CONSOLIDATION);
		LocalDateTime due = LocalDateTime.now();

		atOnce(() -> scheduled(one, due), () -> scheduled(two, due));

		assertThat(Instances.executions(one, CONSOLIDATION)).isEqualTo(before + 1);
		assertConsolidatedOnce("1959-02");
	}

	@Test
	void aScheduledRunAndAManualRunAtOnceMakeOneRun() throws Exception {
		Instances.deliver(inbox(), "1959-03");
		int before = Instances.executions(one, CONSOLIDATION);
		LocalDateTime due = LocalDateTime.now();

		List<Object> outcomes = atOnce(() -> scheduled(one, due), () -> manual(two));

		assertThat(Instances.executions(one, CONSOLIDATION)).isEqualTo(before + 1);
		if (outcomes.get(1) instanceof String refusal) {
			assertThat(refusal).startsWith("consolidation is already running since");
		}
		assertConsolidatedOnce("1959-03");
	}

	private void assertConsolidatedOnce(String month) throws Exception {
		assertThat(Instances.submissions(one, month)).hasSize(6).allMatch(s -> s.endsWith(" 1:CURRENT"));
		try (Stream<Path> left = Files.list(inbox())) {
			assertThat(left).isEmpty();
		}
		assertThat(archive().resolve("duplicates")).doesNotExist();
	}

	/** A manual run: its execution, or the refusal's message. */
	private static Object manual(ConfigurableApplicationContext instance) throws Exception {
		try {
			return instance.getBean(JobLaunches.class).start(CONSOLIDATION, Map.of());
		}
		catch (JobAlreadyRunningException refused) {
			return refused.getMessage();
		}
	}

	/** The scheduler of the instance firing the consolidation due at {@code due}. */
	private static Object scheduled(ConfigurableApplicationContext instance, LocalDateTime due) {
		JobDefinitions definitions = new JobDefinitions(instance.getBean(CatchUpProperties.class).jobs());
		JobScheduler scheduler = new JobScheduler(instance.getBean(JobLaunches.class), definitions,
				new LastRuns(instance.getBean(DataSource.class)), new SchedulingProperties(true, false),
				Clock.systemDefaultZone());
		Schedule consolidation = scheduler.schedules()
			.stream()
			.filter(s -> s.jobName().equals(CONSOLIDATION))
			.findFirst()
			.orElseThrow();
		scheduler.run(consolidation, due);
		return "scheduled";
	}

	private static List<Object> atOnce(Callable<Object> first, Callable<Object> second) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			CyclicBarrier start = new CyclicBarrier(2);
			Future<Object> a = threads.submit(() -> {
				start.await();
				return first.call();
			});
			Future<Object> b = threads.submit(() -> {
				start.await();
				return second.call();
			});
			List<Object> outcomes = new ArrayList<>();
			outcomes.add(a.get(2, TimeUnit.MINUTES));
			outcomes.add(b.get(2, TimeUnit.MINUTES));
			return outcomes;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private Path inbox() {
		return one.getBean(CatchUpProperties.class).inbox();
	}

	private Path archive() {
		return one.getBean(CatchUpProperties.class).archive();
	}

}
