package org.catchup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.catchup.support.MariaDbTestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator reads from {@code ./catchup} when something they can fix is wrong: one
 * sentence saying what and what to do, an exit code a script can tell apart, and no stack trace
 * on the console; the stack trace is in the log file under the data folder.
 */
@Tag("mariadb")
class LauncherConsoleTests {

	private static final String DATABASE = "catchup_launcher_console_test";

	@TempDir
	Path dataDir;

	@Test
	void aDatabaseDownAtStartIsOneSentenceNamingItAndItsOwnExitCode() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		String url = "jdbc:mysql://127.0.0.1:" + closedPort + "/catchup";

		ChildJvm.Result result = new ChildJvm(DATABASE, dataDir)
			.runWith(Map.of("CATCHUP_DB_URL", url + "?connectTimeout=2000"), "run", "consolidation");

		assertThat(result.exitCode()).isEqualTo(4);
		assertThat(result.output()).contains("Catch-Up cannot reach its database at " + url + " (")
			.contains("Start the database")
			.contains(dataDir.resolve("logs/catchup.log").toString())
			.doesNotContain("connectTimeout");
		assertNoStackTrace(result.output());
		assertThat(Files.readString(dataDir.resolve("logs/catchup.log"))).as("the details are in the log file")
			.contains("\tat ");
	}

	@Test
	void restartingACompletedOrUnknownExecutionSaysThereIsNothingToRestart() throws Exception {
		MariaDbTestDatabase.recreate(DATABASE);
		ChildJvm launcher = new ChildJvm(DATABASE, dataDir);
		assertThat(launcher.run("run", "reference-data", "file=sample-input/reference-data.xlsx").exitCode()).isZero();

		ChildJvm.Result completed = launcher.run("restart", "1");
		ChildJvm.Result unknown = launcher.run("restart", "999");

		assertThat(completed.exitCode()).as(completed.output()).isEqualTo(5);
		assertThat(completed.output()).containsPattern(
				"Execution 1 \\(reference-data\\) already COMPLETED at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d; nothing to restart");
		assertNoStackTrace(completed.output());
		assertThat(unknown.exitCode()).as(unknown.output()).isEqualTo(5);
		assertThat(unknown.output()).contains("There is no job execution 999; nothing to restart.");
		assertNoStackTrace(unknown.output());
	}

	@Test
	void aRejectedReferenceWorkbookListsItsProblemsAndSaysToFixItNotToRestart() throws Exception {
		MariaDbTestDatabase.recreate(DATABASE);
		Path workbook = dataDir.resolve("bad-reference.xlsx");
		Files.createDirectories(dataDir);
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			book.createSheet("Enterprises").createRow(0).createCell(0).setCellValue("code");
			try (var out = Files.newOutputStream(workbook)) {
				book.write(out);
			}
		}

		ChildJvm.Result result = new ChildJvm(DATABASE, dataDir).run("run", "reference-data", "file=" + workbook);

		assertThat(result.exitCode()).isEqualTo(6);
		assertThat(result.output()).contains("REJECTED: reference workbook bad-reference.xlsx, nothing changed")
			.contains("Correct the workbook, then load it again: ./catchup run reference-data file=" + workbook)
			.doesNotContain("restart");
		assertNoStackTrace(result.output());
	}

	@Test
	void aBuildOlderThanTheWarehouseDoesNotStartAndChangesNothing() throws Exception {
		MariaDbTestDatabase.recreate(DATABASE);
		ChildJvm launcher = new ChildJvm(DATABASE, dataDir);
		assertThat(launcher.run("run", "reference-data", "file=sample-input/reference-data.xlsx").exitCode()).isZero();
		List<String> before;
		try (Connection connection = MariaDbTestDatabase.connect(DATABASE); Statement statement = connection.createStatement()) {
			// what a newer build's migration leaves behind
			statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
					+ " script, checksum, installed_by, execution_time, success) VALUES (999, '999', 'newer', 'SQL',"
					+ " 'V999__newer.sql', 0, 'root', 1, 1)");
			before = WarehouseSnapshot.rows(connection, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION");
		}

		ChildJvm.Result run = launcher.run("run", "consolidation");
		ChildJvm.Result worker = launcher.run("worker");

		for (ChildJvm.Result result : List.of(run, worker)) {
			assertThat(result.exitCode()).as(result.output()).isEqualTo(9);
			assertThat(result.output()).containsPattern("Catch-Up cannot start: the warehouse was brought to version 999 "
					+ "by a newer build of Catch-Up, and this build knows it only up to version [0-9._]+; install the newer "
					+ "build here too, then start again \\(nothing was changed\\)\\.");
			assertNoStackTrace(result.output());
		}
		try (Connection connection = MariaDbTestDatabase.connect(DATABASE)) {
			assertThat(WarehouseSnapshot.rows(connection, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")).isEqualTo(before);
		}
	}

	private static void assertNoStackTrace(String console) {
		List<String> traceLines = console.lines().filter(line -> line.startsWith("\tat ") || line.contains("Exception:")).toList();
		assertThat(traceLines).as("stack trace lines on the console:%n%s", console).isEmpty();
	}

}
