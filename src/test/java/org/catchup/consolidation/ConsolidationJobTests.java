package org.catchup.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.catchup.support.SampleDataNight;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The consolidation job on real sample workbooks, night after night against one warehouse:
 * load, the same file again, a corrected resubmission, a late one, a broken one.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsolidationJobTests extends SampleDataNight {

	private static final Path SAMPLES = Path.of("sample-input/submissions/1959-01");

	@BeforeEach
	void referenceData() throws Exception {
		if (jdbc.sql("SELECT COUNT(*) FROM enterprise").query(Integer.class).single() == 0) {
			sampleReferenceDataLoaded();
		}
	}

	@Test
	@Order(1)
	void aGoodFileIsLoadedAsVersionOneAndArchived() throws Exception {
		deliver(SAMPLES.resolve("OBS-1959-01.xlsx"), "OBS-1959-01.xlsx", LocalDateTime.of(1959, 2, 3, 10, 0));

		JobExecution execution = consolidate();

		assertThat(submissions("OBS")).containsExactly("1:CURRENT");
		assertThat(currentFacts("OBS")).isEqualTo(35);
		assertThat(properties.archive().resolve("1959-01/OBS-1959-01.xlsx")).exists();
		assertThat(properties.inbox().resolve("OBS-1959-01.xlsx")).doesNotExist();
		assertThat(execution.getStepExecutions().iterator().next().getExecutionContext().getInt("loaded")).isEqualTo(1);
	}

	@Test
	@Order(2)
	void theSameFileAgainChangesNothing() throws Exception {
		deliver(SAMPLES.resolve("OBS-1959-01.xlsx"), "OBS-1959-01-again.xlsx", LocalDateTime.of(1959, 2, 4, 10, 0));

		consolidate();

		assertThat(submissions("OBS")).containsExactly("1:CURRENT");
		assertThat(currentFacts("OBS")).isEqualTo(35);
		assertThat(properties.archive().resolve("duplicates/OBS-1959-01-again.xlsx")).exists();
	}

	@Test
	@Order(3)
	void aCorrectedFileBecomesVersionTwoAndKeepsVersionOneInHistory() throws Exception {
		Path corrected = dataDir.resolve("corrected.xlsx");
		changeFirstActual(SAMPLES.resolve("OBS-1959-01.xlsx"), corrected, 4242);
		deliver(corrected, "OBS-1959-01-corrected.xlsx", LocalDateTime.of(1959, 2, 5, 9, 0));

		consolidate();

		assertThat(submissions("OBS")).containsExactly("1:SUPERSEDED", "2:CURRENT");
		assertThat(currentFacts("OBS")).isEqualTo(35);
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM fact f JOIN submission s ON s.id = f.submission_id
				WHERE s.status = 'CURRENT' AND f.enterprise_code = 'OBS' AND f.actual_qty = 4242""")
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(problemCodes("OBS", 2)).contains("RESUBMISSION");
	}

	@Test
	@Order(4)
	void aFileReceivedAfterTheFifthOfTheNextMonthIsLoadedWithALateWarning() throws Exception {
		deliver(SAMPLES.resolve("KLH-1959-01.xlsx"), "KLH-1959-01.xlsx", LocalDateTime.of(1959, 2, 6, 8, 0));

		consolidate();

		assertThat(submissions("KLH")).containsExactly("1:CURRENT");
		assertThat(problemCodes("KLH", 1)).contains("LATE_SUBMISSION");
	}

	@Test
	@Order(5)
	void aBrokenFileIsRejectedWithItsProblemsAndLeavesNoFact() throws Exception {
		deliver(Path.of("sample-input/broken/BROKEN-unknown-indicator.xlsx"), "BROKEN-unknown-indicator.xlsx",
				LocalDateTime.of(1959, 10, 3, 8, 0));
		deliver(SAMPLES.resolve("ABH-1959-01.xlsx"), "ABH-1959-01.xlsx", LocalDateTime.of(1959, 2, 3, 8, 0));

		JobExecution execution = consolidate();

		assertThat(execution.getStepExecutions().iterator().next().getExecutionContext().getInt("rejected")).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE status = 'REJECTED'").query(Integer.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM fact f JOIN submission s ON s.id = f.submission_id WHERE s.status = 'REJECTED'""")
			.query(Integer.class)
			.single()).isZero();
		Path rejected = properties.rejected();
		assertThat(rejected.resolve("BROKEN-unknown-indicator.xlsx")).exists();
		assertThat(Files.readString(rejected.resolve("BROKEN-unknown-indicator.xlsx.problems.csv")))
			.contains("UNKNOWN_INDICATOR", "KUPFR");
		assertThat(rejected.resolve("BROKEN-unknown-indicator.xlsx.annotated.xlsx")).exists();
		// the good file of the same night was loaded all the same
		assertThat(submissions("ABH")).containsExactly("1:CURRENT");
		// every file that left the inbox is recorded as filed
		assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE filed_at IS NULL").query(Integer.class).single())
			.isZero();
	}

	private JobExecution consolidate() throws Exception {
		JobExecution execution = launches.start("consolidation", Map.of());
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		return execution;
	}

	private void deliver(Path source, String name, LocalDateTime arrival) throws Exception {
		Files.createDirectories(properties.inbox());
		Path copy = Files.copy(source, properties.inbox().resolve(name));
		Files.setLastModifiedTime(copy, FileTime.from(arrival.atZone(ZoneId.systemDefault()).toInstant()));
	}

	private List<String> submissions(String enterprise) {
		return jdbc.sql("SELECT version, status FROM submission WHERE enterprise_code = :e AND status <> 'REJECTED' ORDER BY version")
			.param("e", enterprise)
			.query((rs, n) -> rs.getInt("version") + ":" + rs.getString("status"))
			.list();
	}

	private int currentFacts(String enterprise) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM fact f JOIN submission s ON s.id = f.submission_id
				WHERE s.status = 'CURRENT' AND f.enterprise_code = :e""")
			.param("e", enterprise)
			.query(Integer.class)
			.single();
	}

	private List<String> problemCodes(String enterprise, int version) {
		return jdbc.sql("""
				SELECT p.code FROM submission_problem p JOIN submission s ON s.id = p.submission_id
				WHERE s.enterprise_code = :e AND s.version = :v""")
			.param("e", enterprise)
			.param("v", version)
			.query(String.class)
			.list();
	}

	/** Copies a workbook with the first numeric cell of the "actual"/"Ist" column replaced. */
	private static void changeFirstActual(Path source, Path target, double value) throws Exception {
		try (InputStream in = Files.newInputStream(source); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			int actualColumn = -1;
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.STRING) {
						String text = cell.getStringCellValue().trim().toLowerCase();
						if (text.equals("actual") || text.equals("ist")) {
							actualColumn = cell.getColumnIndex();
						}
					}
					else if (actualColumn >= 0 && cell.getColumnIndex() == actualColumn
							&& cell.getCellType() == CellType.NUMERIC) {
						cell.setCellValue(value);
						try (OutputStream out = Files.newOutputStream(target)) {
							workbook.write(out);
						}
						return;
					}
				}
			}
			throw new IllegalStateException("No numeric actual in " + source);
		}
	}

}
