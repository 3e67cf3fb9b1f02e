package org.catchup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.catchup.consolidation.CrashPoints;
import org.catchup.support.MariaDbTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Promise 1: a consolidation killed (as by {@code kill -9}) at each named point of a file's
 * journey, then run again, ends exactly as a run that was never killed: the same fact rows,
 * versions and problem lists, every file in archive/ or rejected/ exactly once, and no job
 * execution left STARTED. The consolidation runs in a child JVM, as {@code ./catchup} runs it.
 */
@Tag("mariadb")
class CrashRecoveryTests {

	private static final Path SAMPLES = Path.of("sample-input/submissions/1959-01");

	@TempDir
	static Path work;

	private static WarehouseSnapshot clean;

	/** Written once: POI stamps the time into a workbook, and every run must see the same bytes. */
	private static Path corrected;

	@BeforeAll
	static void aRunThatIsNeverKilled() throws Exception {
		corrected = work.resolve("OBS-corrected.xlsx");
		changeFirstActual(SAMPLES.resolve("OBS-1959-01.xlsx"), corrected, 4242);
		String database = "catchup_crash_clean";
		Path dataDir = work.resolve("clean");
		ChildJvm catchup = prepare(database, dataDir);
		ChildJvm.Result run = catchup.run("run", "consolidation");
		assertThat(run.exitCode()).as(run.output()).isZero();
		try (Connection connection = MariaDbTestDatabase.connect(database)) {
			clean = WarehouseSnapshot.of(connection, dataDir);
		}
		assertThat(clean.files()).as("inbox empty, each file filed once").noneMatch(f -> f.startsWith("inbox/"))
			.filteredOn(f -> !f.contains(".problems.csv") && !f.contains(".annotated."))
			.hasSize(6);
		assertThat(clean.submissions()).hasSize(5);
	}

	/**
	 * Arrivals, in inbox order: ABH-again (loaded), ABH (duplicate), BROKEN (rejected), KLH
	 * (loaded, late), OBS-v2 (version 1), OBS (version 2). {@code restart} resumes the killed
	 * execution by id; otherwise the operator simply runs the consolidation again. Killed before
	 * moving arrival 2, ABH-again is archived but not yet recorded as filed, and its copy must
	 * still end as a duplicate.
	 */
	@ParameterizedTest(name = "killed at {0}:{1}, then {2}")
	@CsvSource({ CrashPoints.BEFORE_LOAD + ",3,run", CrashPoints.MID_LOAD + ",2,run",
			CrashPoints.AFTER_COMMIT_BEFORE_MOVE + ",2,run", CrashPoints.AFTER_COMMIT_BEFORE_MOVE + ",3,run",
			CrashPoints.AFTER_COMMIT_BEFORE_MOVE + ",4,restart",
			CrashPoints.MID_MOVE + ",3,run", CrashPoints.MID_MOVE + ",5,restart" })
	void aRunKilledAtAnyPointIsFinishedByTheNextAsIfNeverKilled(String point, int arrival, String how)
			throws Exception {
		String database = "catchup_crash_" + point.replace('-', '_') + "_" + arrival;
		Path dataDir = work.resolve(point + "-" + arrival);
		ChildJvm catchup = prepare(database, dataDir);

		ChildJvm.Result killed = catchup.runCrashingAt(point + ":" + arrival, "run", "consolidation");
		assertThat(killed.exitCode()).as(killed.output()).isEqualTo(137);
		assertThat(killed.output()).contains("crashing at " + point);
		List<String> stuck;
		try (Connection connection = MariaDbTestDatabase.connect(database)) {
			stuck = WarehouseSnapshot.unfinishedExecutions(connection);
		}
		assertThat(stuck).as("the killed run is left STARTED").hasSize(1);

		ChildJvm.Result again = how.equals("restart")
				? catchup.run("restart", stuck.get(0).split(" \\| ")[0])
				: catchup.run("run", "consolidation");
		assertThat(again.exitCode()).as(again.output()).isZero();

		try (Connection connection = MariaDbTestDatabase.connect(database)) {
			WarehouseSnapshot after = WarehouseSnapshot.of(connection, dataDir);
			assertThat(after.facts()).as("fact rows").containsExactlyElementsOf(clean.facts());
			assertThat(after.submissions()).as("submissions and versions").containsExactlyElementsOf(clean.submissions());
			assertThat(after.problems()).as("problem lists").containsExactlyElementsOf(clean.problems());
			assertThat(after.teams()).as("teams").containsExactlyElementsOf(clean.teams());
			assertThat(after.files()).as("every file filed exactly once").containsExactlyElementsOf(clean.files());
			assertThat(WarehouseSnapshot.unfinishedExecutions(connection)).as("no execution left running").isEmpty();
			assertThat(WarehouseSnapshot.rows(connection, "SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = "
					+ stuck.get(0).split(" \\| ")[0])).containsExactly("FAILED");
		}
	}

	/** A fresh database with the reference data loaded, and the night's inbox. */
	private static ChildJvm prepare(String database, Path dataDir) throws Exception {
		MariaDbTestDatabase.recreate(database);
		ChildJvm catchup = new ChildJvm(database, dataDir);
		ChildJvm.Result reference = catchup.run("run", "reference-data", "file=sample-input/reference-data.xlsx");
		assertThat(reference.exitCode()).as(reference.output()).isZero();
		Path inbox = Files.createDirectories(dataDir.resolve("inbox"));
		deliver(SAMPLES.resolve("ABH-1959-01.xlsx"), inbox.resolve("ABH-1959-01-again.xlsx"), 3);
		deliver(SAMPLES.resolve("ABH-1959-01.xlsx"), inbox.resolve("ABH-1959-01.xlsx"), 3);
		deliver(Path.of("sample-input/broken/BROKEN-unknown-indicator.xlsx"),
				inbox.resolve("BROKEN-unknown-indicator.xlsx"), 3);
		deliver(SAMPLES.resolve("KLH-1959-01.xlsx"), inbox.resolve("KLH-1959-01.xlsx"), 7);
		deliver(corrected, inbox.resolve("OBS-1959-01-v2.xlsx"), 4);
		deliver(SAMPLES.resolve("OBS-1959-01.xlsx"), inbox.resolve("OBS-1959-01.xlsx"), 4);
		return catchup;
	}

	private static void deliver(Path source, Path target, int dayOfFebruary) throws Exception {
		Files.copy(source, target);
		Files.setLastModifiedTime(target, FileTime.from(
				LocalDateTime.of(1959, 2, dayOfFebruary, 9, 0).atZone(ZoneId.systemDefault()).toInstant()));
	}

	/** Copies a workbook with its first numeric cell below the header row replaced. */
	static void changeFirstActual(Path source, Path target, double value) throws Exception {
		try (InputStream in = Files.newInputStream(source); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Row row : workbook.getSheetAt(0)) {
				for (Cell cell : row) {
					if (row.getRowNum() > 5 && cell.getCellType() == CellType.NUMERIC && cell.getColumnIndex() > 3) {
						cell.setCellValue(value);
						try (OutputStream out = Files.newOutputStream(target)) {
							workbook.write(out);
						}
						return;
					}
				}
			}
		}
		throw new IllegalStateException("No number to change in " + source);
	}

}
