package org.catchup.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import org.catchup.support.FreshDataFolder;
import org.catchup.system.CatchUpProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A start or restart while another process runs the same job: refused with
 * a message saying since when, where and which execution, before any execution is created or
 * any file touched.
 */
@SpringBootTest
class RefusedRunTests extends FreshDataFolder {

	private static final String REFUSAL = "consolidation is already running since \\d\\d:\\d\\d:\\d\\d on host .+ "
			+ "\\(execution 42\\); try again when it has finished \\(a lock left by a crashed process frees itself at \\d\\d:\\d\\d:\\d\\d\\)";

	@Autowired
	JobLaunches launches;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CatchUpProperties properties;

	private JobLock otherProcess;

	@BeforeEach
	void anotherProcessOnTheSameDatabase() {
		otherProcess = new JobLock(dataSource, new JobLockProperties(Duration.ofMinutes(2), Duration.ofSeconds(20)),
				Clock.systemDefaultZone());
	}

	@AfterEach
	void stopIt() {
		otherProcess.close();
	}

	@Test
	void aConsolidationStartedWhileAnotherRunsIsRefusedAndTouchesNoFile() throws Exception {
		Path file = deliver("OBS-1959-01.xlsx");
		JobLease running = otherProcess.acquire("consolidation");
		otherProcess.attach("consolidation", 42);
		int executions = executions();

		assertThatExceptionOfType(JobAlreadyRunningException.class)
			.isThrownBy(() -> launches.start("consolidation", Map.of()))
			.withMessageMatching(REFUSAL);

		assertThat(file).exists();
		assertThat(submissions()).isZero();
		assertThat(executions()).isEqualTo(executions);

		running.close();
		assertThat(launches.start("consolidation", Map.of()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(file).doesNotExist();
		assertThat(submissions()).isEqualTo(1);
	}

	@Test
	void aRestartWhileAnotherRunsIsRefusedToo() throws Exception {
		JobExecution failed = launches.start("consolidation",
				Map.of("inbox", dataDir.resolve("no-such-folder").toString()));
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		otherProcess.acquire("consolidation");
		otherProcess.attach("consolidation", 42);

		assertThatExceptionOfType(JobAlreadyRunningException.class).isThrownBy(() -> launches.restart(failed.getId()))
			.withMessageMatching(REFUSAL);
	}

	@Test
	void anotherJobRunsWhileTheConsolidationIsHeld() throws Exception {
		otherProcess.acquire("consolidation");

		JobExecution referenceData = launches.start("reference-data",
				Map.of("file", "sample-input/reference-data.xlsx"));

		assertThat(referenceData.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void aFinishedRunLeavesNoLockBehind() throws Exception {
		Files.createDirectories(properties.inbox());

		launches.start("consolidation", Map.of());

		assertThat(otherProcess.holder("consolidation")).isEmpty();
	}

	private Path deliver(String name) throws Exception {
		Files.createDirectories(properties.inbox());
		return Files.copy(Path.of("sample-input/submissions/1959-01", name), properties.inbox().resolve(name));
	}

	private int submissions() {
		return jdbc.sql("SELECT COUNT(*) FROM submission").query(Integer.class).single();
	}

	private int executions() {
		return jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION").query(Integer.class).single();
	}

}
