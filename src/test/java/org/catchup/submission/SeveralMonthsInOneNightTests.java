package org.catchup.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.catchup.launcher.JobLaunches;
import org.catchup.support.FreshDataFolder;
import org.catchup.system.CatchUpProperties;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Files are checked on several threads ahead of the writer, but an enterprise's months that
 * arrive in one night are still checked one after the other, as separate nights would check
 * them: February's warnings are found against January's teams, stored moments before.
 */
@SpringBootTest(properties = "catchup.consolidation-threads=2")
class SeveralMonthsInOneNightTests extends FreshDataFolder {

	private static final Path SAMPLES = Path.of("sample-input/submissions");

	@Autowired
	JobLaunches launches;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CatchUpProperties properties;

	@Test
	void aMonthIsCheckedAgainstTheMonthBeforeItArrivingInTheSameNight() throws Exception {
		assertThat(launches.start("reference-data", Map.of("file", "sample-input/reference-data.xlsx")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		Files.createDirectories(properties.inbox());
		deliver(SAMPLES.resolve("1959-01/OBS-1959-01.xlsx"), "OBS-1959-01.xlsx", LocalDateTime.of(1959, 2, 3, 9, 0));
		Path february = properties.inbox().resolve("OBS-1959-02.xlsx");
		renameFirstTeam(SAMPLES.resolve("1959-02/OBS-1959-02.xlsx"), february, "OB-99");
		Files.setLastModifiedTime(february, received(LocalDateTime.of(1959, 3, 3, 9, 0)));

		assertThat(launches.start("consolidation", Map.of()).getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(jdbc.sql("""
				SELECT CONCAT(s.period, ' ', p.code, ' ', p.found_value) FROM submission_problem p
				JOIN submission s ON s.id = p.submission_id
				WHERE s.enterprise_code = 'OBS' AND p.code = 'NEW_TEAM'""").query(String.class).list())
			.as("only February's renamed team is new: January's teams were known when February was checked")
			.containsExactly("1959-02 NEW_TEAM OB-99");
	}

	private void deliver(Path source, String name, LocalDateTime received) throws Exception {
		Path target = Files.copy(source, properties.inbox().resolve(name));
		Files.setLastModifiedTime(target, received(received));
	}

	private static FileTime received(LocalDateTime at) {
		return FileTime.from(at.atZone(ZoneId.systemDefault()).toInstant());
	}

	/** The workbook with the first team code below the header row (column "Brigade-Nr.") replaced. */
	private static void renameFirstTeam(Path source, Path target, String code) throws Exception {
		try (InputStream in = Files.newInputStream(source); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			int column = -1;
			for (Row row : workbook.getSheetAt(0)) {
				for (Cell cell : row) {
					if (cell.getCellType() != CellType.STRING) {
						continue;
					}
					if (column < 0 && cell.getStringCellValue().equals("Brigade-Nr.")) {
						column = cell.getColumnIndex();
					}
					else if (column >= 0 && cell.getColumnIndex() == column) {
						cell.setCellValue(code);
						try (OutputStream out = Files.newOutputStream(target)) {
							workbook.write(out);
						}
						return;
					}
				}
			}
		}
		throw new IllegalStateException("No team code in " + source);
	}

}
