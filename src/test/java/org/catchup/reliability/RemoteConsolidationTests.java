package org.catchup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.catchup.consolidation.CrashPoints;
import org.catchup.support.MariaDbTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * The night on several processes: {@code ./catchup worker} processes take the partitions from
 * the local RabbitMQ (127.0.0.1:5672, guest/guest) and the night's manager waits for them, all
 * on one MariaDB database and one data folder, each in its own JVM as an operator would start
 * them. Each test run has its own queue, so runs side by side never take each other's
 * partitions. They fail, never skip, when the broker or the database cannot be reached.
 */
@Tag("mariadb")
@Tag("rabbitmq")
class RemoteConsolidationTests {

	private static final Path JANUARY = Path.of("sample-input/submissions/1959-01");

	private static final Path FEBRUARY = Path.of("sample-input/submissions/1959-02");

	private static final Duration WORKER_START = Duration.ofMinutes(3);

	private static final String QUEUE = "catchup.test." + UUID.randomUUID();

	@TempDir
	static Path work;

	/** The same inbox consolidated by a night that never left its process. */
	private static WarehouseSnapshot local;

	@BeforeAll
	static void aLocalNight() throws Exception {
		String database = "catchup_remote_local";
		Path dataDir = work.resolve("local");
		ChildJvm catchup = prepare(database, dataDir);
		ChildJvm.Result run = catchup.run("run", "consolidation");
		assertThat(run.exitCode()).as(run.output()).isZero();
		try (Connection connection = MariaDbTestDatabase.connect(database)) {
			local = WarehouseSnapshot.of(connection, dataDir);
		}
		assertThat(local.files()).as("inbox empty, each file filed once").noneMatch(f -> f.startsWith("inbox/"))
			.filteredOn(f -> !f.contains(".problems.csv") && !f.contains(".annotated."))
			.hasSize(14);
	}

	@AfterAll
	static void removeTheQueue() {
		CachingConnectionFactory broker = new CachingConnectionFactory("127.0.0.1", 5672);
		try {
			new RabbitAdmin(broker).deleteQueue(QUEUE);
		}
		finally {
			broker.destroy();
		}
	}

	@Test
	void twoWorkersShareTheNightLoadEachFileOnceAndLeaveTheWarehouseAsALocalNightDoes() throws Exception {
		String database = "catchup_remote_two_workers";
		Path dataDir = work.resolve("two-workers");
		ChildJvm catchup = prepare(database, dataDir);
		try (ChildJvm.Running first = startWorker(catchup, null); ChildJvm.Running second = startWorker(catchup, null)) {
			ChildJvm.Result night = catchup.runWith(manager(Map.of()), "run", "consolidation");

			assertThat(night.exitCode()).as(night.output()).isZero();
			try (Connection connection = MariaDbTestDatabase.connect(database)) {
				WarehouseSnapshot.of(connection, dataDir).assertSameAs(local);
				List<String> partitions = WarehouseSnapshot.rows(connection, """
						SELECT s.STEP_NAME, s.STATUS FROM BATCH_STEP_EXECUTION s
						WHERE s.STEP_NAME LIKE 'consolidateFiles:%' ORDER BY s.STEP_NAME""");
				assertThat(partitions).as("one partition per partition the live workers run at once (two workers, "
						+ "one each), each ran once, and completed").hasSize(2)
					.allMatch(p -> p.endsWith("| COMPLETED"))
					.doesNotHaveDuplicates();
				assertThat(WarehouseSnapshot.rows(connection, "SELECT COUNT(*) FROM consolidation_partition_claim"))
					.as("one claim per partition").containsExactly(String.valueOf(partitions.size()));
			}
			assertThat(night.output()).as("the partitions name the worker that ran them, and both worked")
				.contains("(pid " + first.pid() + ")")
				.contains("(pid " + second.pid() + ")");

			first.stop();
			second.stop();
			try (Connection connection = MariaDbTestDatabase.connect(database)) {
				assertThat(WarehouseSnapshot.rows(connection, "SELECT COUNT(*) FROM consolidation_worker"))
					.as("stopped workers leave the register").containsExactly("0");
			}
		}
	}

	/**
	 * One file per transaction, two partitions: the worker that halts (as {@code kill -9}) while
	 * loading the second file of its partition has committed the first. The manager fails the run
	 * once that worker has been silent for its timeout, naming the partition; the restart runs
	 * that partition alone, from where it stopped.
	 */
	@Test
	void aWorkerKilledMidPartitionFailsTheRunNamingThePartitionAndTheRestartFinishesOnlyThatPartition()
			throws Exception {
		String database = "catchup_remote_worker_killed";
		Path dataDir = work.resolve("worker-killed");
		ChildJvm catchup = prepare(database, dataDir);
		Map<String, String> oneFileAChunk = Map.of("CATCHUP_FILES_PER_TRANSACTION", "1",
				"CATCHUP_CONSOLIDATION_REMOTE_PARTITIONS", "2");
		try (ChildJvm.Running doomed = startWorker(catchup, CrashPoints.MID_LOAD + ":3", oneFileAChunk);
				ChildJvm.Running survivor = startWorker(catchup, null, oneFileAChunk)) {
			ChildJvm.Result night = catchup.runWith(manager(oneFileAChunk), "run", "consolidation");

			assertThat(doomed.awaitExit(Duration.ofSeconds(30))).as("the worker halted").isEqualTo(137);
			assertThat(night.exitCode()).as(night.output()).isEqualTo(1);
			assertThat(night.output()).containsPattern("FAILED: Partition consolidateFiles:partition[12] \\(enterprises? "
					+ "[A-Z, ]+; \\d+ files: [^)]+\\) was not finished: its worker \\S+ \\(pid " + doomed.pid()
					+ "\\) stopped answering")
				.contains("Resume it with: ./catchup restart ");
			long failedRun;
			String lostPartition;
			try (Connection connection = MariaDbTestDatabase.connect(database)) {
				assertThat(WarehouseSnapshot.unfinishedExecutions(connection)).as("no run left running").isEmpty();
				List<String> partitions = WarehouseSnapshot.rows(connection, """
						SELECT STEP_NAME, STATUS FROM BATCH_STEP_EXECUTION
						WHERE STEP_NAME LIKE 'consolidateFiles:%' ORDER BY STEP_NAME""");
				assertThat(partitions).hasSize(2).anyMatch(p -> p.endsWith("| COMPLETED")).anyMatch(p -> p.endsWith("| FAILED"));
				lostPartition = partitions.stream().filter(p -> p.endsWith("| FAILED")).findFirst().orElseThrow()
					.split(" \\| ")[0];
				failedRun = Long.parseLong(WarehouseSnapshot.rows(connection,
						"SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE STATUS = 'FAILED'").get(0));
				double silentFor = Double.parseDouble(WarehouseSnapshot.rows(connection, """
						SELECT TIMESTAMPDIFF(MICROSECOND, w.heard_at, s.END_TIME) / 1e6
						FROM BATCH_STEP_EXECUTION s
						JOIN consolidation_partition_claim c ON c.step_execution_id = s.STEP_EXECUTION_ID
						JOIN consolidation_worker w ON w.worker_id = c.worker_id
						WHERE s.STATUS = 'FAILED'""").get(0));
				// END_TIME is kept to the second here: up to a second less than the 3 s the manager waited
				assertThat(silentFor).as("the lost partition failed the worker timeout (3 s) and a poll or two after "
						+ "the worker's last heartbeat").isBetween(2.0, 8.0);
			}

			ChildJvm.Result restart = catchup.runWith(manager(oneFileAChunk), "restart", String.valueOf(failedRun));

			assertThat(restart.exitCode()).as(restart.output()).isZero();
			try (Connection connection = MariaDbTestDatabase.connect(database)) {
				WarehouseSnapshot.of(connection, dataDir).assertSameAs(local);
				assertThat(WarehouseSnapshot.rows(connection, """
						SELECT s.STEP_NAME FROM BATCH_STEP_EXECUTION s JOIN BATCH_JOB_EXECUTION j
						  ON j.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
						WHERE s.STEP_NAME LIKE 'consolidateFiles:%' AND j.JOB_EXECUTION_ID <> """ + failedRun))
					.as("the restart ran the lost partition only").containsExactly(lostPartition);
			}
			assertThat(restart.output()).as("the survivor ran it").contains("(pid " + survivor.pid() + ")");
		}
	}

	@Test
	void aRemoteNightWhoseBrokerIsDownIsRefusedWithExitCode8AndTouchesNothing() throws Exception {
		String database = "catchup_remote_broker_down";
		Path dataDir = work.resolve("broker-down");
		ChildJvm catchup = prepare(database, dataDir);
		List<String> inboxBefore = inbox(dataDir);
		int closedPort = closedPort();

		ChildJvm.Result night = catchup.runWith(manager(Map.of("SPRING_RABBITMQ_PORT", String.valueOf(closedPort))),
				"run", "consolidation");

		assertThat(night.exitCode()).as(night.output()).isEqualTo(8);
		assertThat(night.output())
			.contains("Catch-Up cannot reach the RabbitMQ broker at amqp://127.0.0.1:" + closedPort + " (")
			.contains("no run was recorded and no file was moved")
			.doesNotContain("\tat ");
		assertThat(inbox(dataDir)).as("every file still in the inbox").isEqualTo(inboxBefore);
		assertThat(WarehouseSnapshot.files(dataDir)).as("nothing archived or rejected").allMatch(f -> f.startsWith("inbox/"));
		try (Connection connection = MariaDbTestDatabase.connect(database)) {
			assertThat(WarehouseSnapshot.rows(connection,
					"SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'consolidation'"))
				.as("no run recorded").containsExactly("0");
			assertThat(WarehouseSnapshot.rows(connection, "SELECT COUNT(*) FROM job_lock")).as("no lock left")
				.containsExactly("0");
			assertThat(WarehouseSnapshot.rows(connection, "SELECT COUNT(*) FROM submission")).containsExactly("0");
		}
	}

	@Test
	void aWorkerWhoseBrokerIsDownDoesNotStartAndSaysWhereItLooked() throws Exception {
		ChildJvm catchup = new ChildJvm("catchup_remote_broker_down_worker", work.resolve("worker-broker-down"));
		MariaDbTestDatabase.recreate("catchup_remote_broker_down_worker");
		int closedPort = closedPort();

		ChildJvm.Result worker = catchup.runWith(Map.of("SPRING_RABBITMQ_PORT", String.valueOf(closedPort),
				"CATCHUP_CONSOLIDATION_QUEUE", QUEUE), "worker");

		assertThat(worker.exitCode()).as(worker.output()).isEqualTo(8);
		assertThat(worker.output())
			.contains("Catch-Up cannot reach the RabbitMQ broker at amqp://127.0.0.1:" + closedPort + " (")
			.contains("the worker did not start")
			.doesNotContain("\tat ");
	}

	/** What every process of these tests shares: the queue, and timings short enough for a test. */
	private static Map<String, String> common(Map<String, String> more) {
		Map<String, String> env = new HashMap<>(Map.of("CATCHUP_CONSOLIDATION_QUEUE", QUEUE,
				"CATCHUP_WORKER_TIMEOUT", "3s", "CATCHUP_WORKER_HEARTBEAT", "500ms",
				"CATCHUP_CONSOLIDATION_POLL_INTERVAL", "200ms", "CATCHUP_WORKER_PARTITIONS", "1",
				// two files a transaction, so the sample's files make as many partitions as the workers take
				"CATCHUP_FILES_PER_TRANSACTION", "2"));
		env.putAll(more);
		return env;
	}

	private static Map<String, String> manager(Map<String, String> more) {
		Map<String, String> env = common(more);
		env.put("CATCHUP_CONSOLIDATION_REMOTE", "true");
		return env;
	}

	private static ChildJvm.Running startWorker(ChildJvm catchup, String crashAt) throws Exception {
		return startWorker(catchup, crashAt, Map.of());
	}

	private static ChildJvm.Running startWorker(ChildJvm catchup, String crashAt, Map<String, String> more)
			throws Exception {
		ChildJvm.Running worker = catchup.start(crashAt, common(more), "worker");
		try {
			worker.awaitOutput("serves the consolidation's partitions from queue '" + QUEUE + "'", WORKER_START);
		}
		catch (RuntimeException | InterruptedException ex) {
			worker.close();
			throw ex;
		}
		return worker;
	}

	/** A fresh database with the reference data loaded, and two months' files in the inbox. */
	private static ChildJvm prepare(String database, Path dataDir) throws Exception {
		MariaDbTestDatabase.recreate(database);
		ChildJvm catchup = new ChildJvm(database, dataDir);
		ChildJvm.Result reference = catchup.run("run", "reference-data", "file=sample-input/reference-data.xlsx");
		assertThat(reference.exitCode()).as(reference.output()).isZero();
		Path inbox = Files.createDirectories(dataDir.resolve("inbox"));
		int minute = 0;
		for (Path month : List.of(JANUARY, FEBRUARY)) {
			try (Stream<Path> files = Files.list(month)) {
				for (Path file : files.sorted().toList()) {
					deliver(file, inbox.resolve(file.getFileName()), minute++);
				}
			}
		}
		deliver(JANUARY.resolve("ABH-1959-01.xlsx"), inbox.resolve("ABH-1959-01-again.xlsx"), minute++);
		deliver(Path.of("sample-input/broken/BROKEN-unknown-indicator.xlsx"),
				inbox.resolve("BROKEN-unknown-indicator.xlsx"), minute);
		return catchup;
	}

	private static void deliver(Path source, Path target, int minute) throws Exception {
		Files.copy(source, target);
		Files.setLastModifiedTime(target, FileTime.from(
				LocalDateTime.of(1959, 3, 2, 9, minute).atZone(ZoneId.systemDefault()).toInstant()));
	}

	private static List<String> inbox(Path dataDir) throws Exception {
		try (Stream<Path> files = Files.list(dataDir.resolve("inbox"))) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	private static int closedPort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
