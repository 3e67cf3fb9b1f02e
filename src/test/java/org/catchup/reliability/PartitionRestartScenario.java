package org.catchup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

import org.catchup.consolidation.CrashPoints;
import org.catchup.support.SampleDataNight;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.util.FileSystemUtils;

/**
 * Spring Batch's restart of the partitioned night: one partition fails halfway (at a crash
 * point, after its first file committed), the others complete; the restart runs only the
 * failed partition, from where it stopped, and the warehouse and the folders end exactly as
 * after a run that never failed. Subclasses choose the database.
 */
abstract class PartitionRestartScenario extends SampleDataNight {

	private static final Path SAMPLES = Path.of("sample-input/submissions/1959-01");

	private static final OnePartitionFails FAILING = new OnePartitionFails();

	@TestBean(name = "crashPoints", methodName = "failingPartition")
	CrashPoints crashPoints;

	@Autowired
	DataSource dataSource;

	static CrashPoints failingPartition() {
		return FAILING;
	}

	@Test
	void aRestartRunsOnlyTheUnfinishedPartitionAndEndsAsARunThatNeverFailed() throws Exception {
		sampleReferenceDataLoaded();
		deliverTheNight();
		nightCompletes();
		WarehouseSnapshot clean = snapshot();
		emptyWarehouseAndFolders();
		deliverTheNight();

		FAILING.arm();
		JobExecution failed = launches.start("consolidation", Map.of());

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		List<StepExecution> partitions = partitions(failed);
		assertThat(partitions).as("partitions of the failed run").hasSizeGreaterThanOrEqualTo(2);
		List<String> unfinished = names(partitions.stream().filter(p -> p.getStatus() != BatchStatus.COMPLETED).toList());
		assertThat(unfinished).as("the partition that failed").hasSize(1);
		StepExecution failedPartition = partitions.stream()
			.filter(p -> p.getStepName().equals(unfinished.get(0)))
			.findFirst()
			.orElseThrow();
		assertThat(failedPartition.getWriteCount()).as("files it stored before it failed").isPositive();
		long owed = ((List<?>) failedPartition.getExecutionContext().get("partition.files")).stream()
			.filter(name -> Files.exists(properties.inbox().resolve((String) name)))
			.count();
		Path lateArrival = properties.inbox().resolve("NRB-1959-01.xlsx");
		deliver(SAMPLES.resolve("NRB-1959-01.xlsx"), lateArrival, 8);

		JobExecution restarted = launches.restart(failed.getId());

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(jdbc.sql("SELECT files_total FROM consolidation_count WHERE job_execution_id = :id")
			.param("id", restarted.getId())
			.query(Integer.class)
			.single()).as("the restart counts the files it resumes, not the inbox").isEqualTo((int) owed);
		assertThat(lateArrival).as("a file that arrived since waits for the next run").exists();
		Files.delete(lateArrival);
		assertThat(names(partitions(restarted))).as("only the unfinished partition runs again")
			.containsExactlyElementsOf(unfinished);
		assertThat(partitions(restarted).get(0).getExecutionContext().getInt("position"))
			.as("it went on from where it stopped, to its end")
			.isEqualTo(((List<?>) failedPartition.getExecutionContext().get("partition.files")).size());
		WarehouseSnapshot after = snapshot();
		assertThat(after.facts()).as("fact rows").containsExactlyElementsOf(clean.facts());
		assertThat(after.submissions()).as("submissions and versions").containsExactlyElementsOf(clean.submissions());
		assertThat(after.problems()).as("problem lists").containsExactlyElementsOf(clean.problems());
		assertThat(after.teams()).as("teams").containsExactlyElementsOf(clean.teams());
		assertThat(after.files()).as("every file filed exactly once").containsExactlyElementsOf(clean.files());
	}

	/**
	 * Arrivals: ABH twice (the second a copy), the broken file, KLH, OBS's two versions; in two
	 * partitions (one file per chunk), each with more than one file.
	 */
	private void deliverTheNight() throws Exception {
		Path inbox = Files.createDirectories(properties.inbox());
		deliver(SAMPLES.resolve("ABH-1959-01.xlsx"), inbox.resolve("ABH-1959-01-again.xlsx"), 3);
		deliver(SAMPLES.resolve("ABH-1959-01.xlsx"), inbox.resolve("ABH-1959-01.xlsx"), 3);
		deliver(Path.of("sample-input/broken/BROKEN-unknown-indicator.xlsx"),
				inbox.resolve("BROKEN-unknown-indicator.xlsx"), 3);
		deliver(SAMPLES.resolve("KLH-1959-01.xlsx"), inbox.resolve("KLH-1959-01.xlsx"), 7);
		deliver(corrected(), inbox.resolve("OBS-1959-01-v2.xlsx"), 4);
		deliver(SAMPLES.resolve("OBS-1959-01.xlsx"), inbox.resolve("OBS-1959-01.xlsx"), 5);
	}

	/** Written once: POI stamps the time into a workbook, and both runs must see the same bytes. */
	private Path corrected() throws Exception {
		Path corrected = properties.dataDir().resolve("OBS-corrected.xlsx");
		if (!Files.exists(corrected)) {
			CrashRecoveryTests.changeFirstActual(SAMPLES.resolve("OBS-1959-01.xlsx"), corrected, 4242);
		}
		return corrected;
	}

	private void emptyWarehouseAndFolders() throws Exception {
		for (String table : List.of("submission_problem", "fact", "team", "submission")) {
			jdbc.sql("DELETE FROM " + table).update();
		}
		FileSystemUtils.deleteRecursively(properties.archive());
		FileSystemUtils.deleteRecursively(properties.rejected());
	}

	private WarehouseSnapshot snapshot() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			return WarehouseSnapshot.of(connection, properties.dataDir());
		}
	}

	private static List<StepExecution> partitions(JobExecution execution) {
		return execution.getStepExecutions().stream().filter(s -> s.getStepName().contains(":")).toList();
	}

	private static List<String> names(List<StepExecution> steps) {
		return steps.stream().map(StepExecution::getStepName).sorted().toList();
	}

	private static void deliver(Path source, Path target, int dayOfFebruary) throws Exception {
		Files.copy(source, target);
		receivedOn(target, dayOfFebruary);
	}

	private static void receivedOn(Path file, int dayOfFebruary) throws Exception {
		Files.setLastModifiedTime(file, FileTime.from(
				LocalDateTime.of(1959, 2, dayOfFebruary, 9, 0).atZone(ZoneId.systemDefault()).toInstant()));
	}

	/**
	 * Once armed, fails the first partition that reaches {@link CrashPoints#MID_LOAD} a second time
	 * (each partition runs on a thread of its own), rolling back that file's chunk; then never again.
	 */
	static final class OnePartitionFails implements CrashPoints {

		private final AtomicBoolean armed = new AtomicBoolean();

		private final ThreadLocal<Integer> arrivals = ThreadLocal.withInitial(() -> 0);

		void arm() {
			armed.set(true);
		}

		@Override
		public void reached(String point) {
			if (!MID_LOAD.equals(point)) {
				return;
			}
			arrivals.set(arrivals.get() + 1);
			if (arrivals.get() == 2 && armed.compareAndSet(true, false)) {
				throw new IllegalStateException("A partition fails at " + point + ", as a test asks");
			}
		}

	}

}
