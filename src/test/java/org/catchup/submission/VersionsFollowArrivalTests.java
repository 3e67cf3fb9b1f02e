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
 * Files of one night are stored in the order they arrived, whatever their names: the version
 * received later is the current one, and of identical copies the one received first is stored.
 * Several checkers and writers run, as at night.
 */
@SpringBootTest(properties = { "catchup.consolidation-threads=3", "catchup.consolidation-writers=3",
		"catchup.consolidation-files-per-transaction=2" })
class VersionsFollowArrivalTests extends FreshDataFolder {

	private static final Path SAMPLES = Path.of("sample-input/submissions");

	private static final LocalDateTime FIRST = LocalDateTime.of(1959, 2, 3, 9, 0);

	private static final LocalDateTime SECOND = LocalDateTime.of(1959, 2, 4, 16, 30);

	@Autowired
	JobLaunches launches;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CatchUpProperties properties;

	@Test
	void theVersionReceivedLaterIsCurrentAndTheFirstReceivedCopyIsStored() throws Exception {
		assertThat(launches.start("reference-data", Map.of("file", "sample-input/reference-data.xlsx")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		Files.createDirectories(properties.inbox());
		// the correction arrives a day later under a name that sorts first
		deliver(SAMPLES.resolve("1959-01/OBS-1959-01.xlsx"), "OBS-1959-01-original.xlsx", FIRST);
		Path correction = properties.inbox().resolve("OBS-1959-01-correction.xlsx");
		renameFirstTeam(SAMPLES.resolve("1959-01/OBS-1959-01.xlsx"), correction, "OB-99");
		Files.setLastModifiedTime(correction, at(SECOND));
		// the same workbook twice: the re-send sorts first by name
		deliver(SAMPLES.resolve("1959-02/OBS-1959-02.xlsx"), "OBS-1959-02-sent.xlsx", FIRST);
		deliver(SAMPLES.resolve("1959-02/OBS-1959-02.xlsx"), "OBS-1959-02-resent.xlsx", SECOND);

		assertThat(launches.start("consolidation", Map.of()).getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(jdbc.sql("""
				SELECT CONCAT(period, ' v', version, ' ', status, ' ', file_name) FROM submission
				WHERE enterprise_code = 'OBS' ORDER BY period, version""").query(String.class).list())
			.containsExactly("1959-01 v1 SUPERSEDED OBS-1959-01-original.xlsx",
					"1959-01 v2 CURRENT OBS-1959-01-correction.xlsx", "1959-02 v1 CURRENT OBS-1959-02-sent.xlsx");
		assertThat(jdbc.sql("SELECT received_at FROM submission WHERE file_name = 'OBS-1959-01-correction.xlsx'")
			.query(LocalDateTime.class)
			.single()).as("the received time stored is the time it arrived").isEqualTo(SECOND);
		assertThat(properties.archive().resolve("duplicates").resolve("OBS-1959-02-resent.xlsx"))
			.as("the later copy is the duplicate")
			.exists();
	}

	private void deliver(Path source, String name, LocalDateTime received) throws Exception {
		Path target = Files.copy(source, properties.inbox().resolve(name));
		Files.setLastModifiedTime(target, at(received));
	}

	private static FileTime at(LocalDateTime time) {
		return FileTime.from(time.atZone(ZoneId.systemDefault()).toInstant());
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
