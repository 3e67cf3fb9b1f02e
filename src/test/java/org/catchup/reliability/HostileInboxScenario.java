package org.catchup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.catchup.support.SampleDataNight;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * One night's inbox mixing the hostile corpus with the six good September files of the sample:
 * every hostile file gets its exact outcome, the run goes on past each, and exactly the good
 * files are loaded. Subclasses choose the database.
 */
abstract class HostileInboxScenario extends SampleDataNight {

	private static final Path CORPUS = Path.of("src/test/resources/hostile");

	private static final Path GOOD = Path.of("sample-input/submissions/1959-09");

	private static final LocalDateTime NIGHT = LocalDateTime.of(1959, 10, 3, 18, 0);

	/** What each file of the corpus must come to: a problem code (rejected) or a fact count (loaded). */
	record Expected(String file, String code, String messagePart, int facts) {

		/** A hidden file (leading dot) is not a submission yet: it stays in the inbox, untouched. */
		static Expected ignored(String file) {
			return new Expected(file, null, null, -1);
		}

		boolean isIgnored() {
			return facts < 0;
		}

		static Expected rejected(String file, String code, String messagePart) {
			return new Expected(file, code, messagePart, 0);
		}

		static Expected loaded(String file, int facts) {
			return new Expected(file, null, null, facts);
		}

		boolean isRejected() {
			return code != null;
		}

		@Override
		public String toString() {
			return file;
		}

	}

	static List<Expected> corpus() {
		return List.of(Expected.rejected("zip-bomb.xlsx", "UNREADABLE_FILE", "zip bomb"),
				Expected.rejected("corrupt.xlsx", "UNREADABLE_FILE", "cannot be read"),
				Expected.rejected("truncated.xlsx", "UNREADABLE_FILE", "damaged"),
				Expected.rejected("encrypted.xlsx", "ENCRYPTED_FILE", "password-protected"),
				Expected.rejected("entity-expansion.xlsx", "UNREADABLE_FILE", "contains a DOCTYPE, refused"),
				Expected.rejected("external-entity.xlsx", "UNREADABLE_FILE", "contains a DOCTYPE, refused"),
				Expected.rejected("binary-junk.xlsx", "UNSUPPORTED_FORMAT",
						"is named .xlsx but its content is not an Excel workbook"),
				Expected.rejected("giant-cell.xlsx", "TEXT_TOO_LONG", "Report!C7"),
				Expected.rejected("giant-title.xlsx", "UNKNOWN_ENTERPRISE", "Report!B2"),
				Expected.loaded("blank-names.xlsx", 2),
				Expected.rejected("formula-team-names-rejected.xlsx", "UNKNOWN_INDICATOR", "NOPE"),
				Expected.loaded("16384-columns.xlsx", 2), Expected.loaded("100000-shared-strings.xlsx", 2),
				Expected.loaded(HostileCorpus.PATH_TRICK, 2), Expected.ignored(HostileCorpus.HIDDEN_PATH_TRICK),
				Expected.loaded(HostileCorpus.ODD_NAME, 2),
				Expected.loaded("formula-team-names.xlsx", 4),
				Expected.rejected("zip-bomb.ods", "UNREADABLE_FILE", "zip bomb"),
				Expected.rejected("entity-expansion.ods", "UNREADABLE_FILE", "contains a DOCTYPE, refused"),
				Expected.rejected("external-entity.ods", "UNREADABLE_FILE", "contains a DOCTYPE, refused"),
				Expected.rejected("repeat-bomb.ods", "UNREADABLE_FILE", "repeated rows expand to more than"),
				Expected.rejected("truncated.ods", "UNREADABLE_FILE", "damaged"));
	}

	private static JobExecution night;

	@BeforeEach
	void consolidateTheNightOnce() throws Exception {
		if (night != null && night.getJobInstance() != null && isSameDatabase()) {
			return;
		}
		sampleReferenceDataLoaded();
		for (Expected expected : corpus()) {
			deliver(CORPUS.resolve(expected.file()));
		}
		try (Stream<Path> good = Files.list(GOOD)) {
			good.forEach(HostileInboxScenario.this::deliver);
		}
		night = launches.start("consolidation", Map.of());
		marker = databaseMarker();
	}

	private static String marker;

	private boolean isSameDatabase() {
		return databaseMarker().equals(marker);
	}

	/** Subclasses share the static run only when they share the database. */
	private String databaseMarker() {
		return properties.dataDir().toString();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void eachHostileFileGetsItsExactOutcomeAndTheRunGoesOn(Expected expected) {
		assertThat(night.getStatus()).as("the run survived the whole inbox").isEqualTo(BatchStatus.COMPLETED);
		if (expected.isIgnored()) {
			assertThat(properties.inbox().resolve(expected.file())).exists();
			assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE file_name = :file")
				.param("file", expected.file())
				.query(Integer.class)
				.single()).isZero();
			return;
		}
		List<Map<String, Object>> rows = jdbc
			.sql("SELECT id, status, version FROM submission WHERE file_name = :file ORDER BY id")
			.param("file", expected.file())
			.query()
			.listOfRows();
		assertThat(rows).as("one submission row for %s", expected.file()).hasSize(1);
		long id = ((Number) rows.get(0).get("id")).longValue();
		if (expected.isRejected()) {
			assertThat(rows.get(0).get("status")).isEqualTo("REJECTED");
			List<String> problems = jdbc
				.sql("""
						SELECT code, sheet_name, cell_ref, message FROM submission_problem
						WHERE submission_id = :id AND severity = 'ERROR'""")
				.param("id", id)
				.query((rs, n) -> rs.getString("code") + " " + rs.getString("sheet_name") + "!" + rs.getString("cell_ref")
						+ " " + rs.getString("message"))
				.list();
			assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(expected.code()).contains(expected.messagePart()));
			assertThat(properties.rejected().resolve(expected.file())).exists();
			assertThat(properties.rejected().resolve(expected.file() + ".problems.csv")).exists();
			assertThat(facts(id)).isZero();
		}
		else {
			assertThat(rows.get(0).get("status")).isEqualTo("CURRENT");
			assertThat(facts(id)).isEqualTo(expected.facts());
			assertThat(properties.archive().resolve(HostileCorpus.PERIOD).resolve(expected.file())).exists();
		}
		assertThat(properties.inbox().resolve(expected.file())).doesNotExist();
	}

	@Test
	void exactlyTheGoodFilesAreLoaded() throws Exception {
		int hostileFacts = corpus().stream().filter(e -> !e.isIgnored()).mapToInt(Expected::facts).sum();
		int goodFacts = jdbc.sql("""
				SELECT COUNT(*) FROM fact f JOIN submission s ON s.id = f.submission_id
				WHERE s.status = 'CURRENT' AND s.period = '1959-09'""").query(Integer.class).single();
		assertThat(goodFacts).as("the six good September files").isEqualTo(goodSeptemberRows());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM fact").query(Integer.class).single())
			.isEqualTo(goodFacts + hostileFacts);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE status = 'CURRENT'").query(Integer.class).single())
			.isEqualTo(6 + (int) corpus().stream().filter(e -> !e.isRejected() && !e.isIgnored()).count());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE status = 'REJECTED'").query(Integer.class).single())
			.isEqualTo((int) corpus().stream().filter(Expected::isRejected).count());
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM fact f JOIN submission s ON s.id = f.submission_id WHERE s.status <> 'CURRENT'""")
			.query(Integer.class)
			.single()).isZero();
		try (Stream<Path> left = Files.list(properties.inbox())) {
			assertThat(left.map(p -> p.getFileName().toString())).containsExactly(HostileCorpus.HIDDEN_PATH_TRICK);
		}
	}

	@Test
	void aPathTrickInTheFileNameStaysInsideTheArchive() throws Exception {
		Path archived = properties.archive().resolve(HostileCorpus.PERIOD).resolve(HostileCorpus.PATH_TRICK);
		assertThat(archived).exists();
		assertThat(archived.toRealPath().startsWith(properties.dataDir().toRealPath())).isTrue();
		assertThat(properties.archive().resolve(HostileCorpus.PERIOD).resolve(HostileCorpus.ODD_NAME)).exists();
	}

	@Test
	void formulaTextInTeamNamesStaysTextInTheAnnotatedWorkbook() throws Exception {
		Path annotated = properties.rejected().resolve("formula-team-names-rejected.xlsx.annotated.xlsx");
		List<String> texts = stringCells(annotated);
		assertThat(texts).containsAll(HostileCorpus.FORMULA_NAMES).contains("=1+1", "@cmd");
		assertNoFormulaCells(annotated);
	}

	@Test
	void formulaTextInTeamNamesStaysTextInTheExcelBulletin() throws Exception {
		assertThat(launches.start("bulletin", Map.of("month", HostileCorpus.PERIOD)).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		Path excel = properties.bulletins().resolve("bulletin-" + HostileCorpus.PERIOD + ".xlsx");
		assertThat(stringCells(excel)).containsAll(HostileCorpus.FORMULA_NAMES);
		assertNoFormulaCells(excel);
	}

	@Test
	void formulaTextInTheProblemListIsEscapedForSpreadsheets() throws Exception {
		String csv = Files.readString(
				properties.archive().resolve(HostileCorpus.PERIOD).resolve("formula-team-names.xlsx.problems.csv"),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("'=HYPERLINK", "'+1", "'@SUM(1)").doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");
	}

	private int facts(long submissionId) {
		return jdbc.sql("SELECT COUNT(*) FROM fact WHERE submission_id = :id")
			.param("id", submissionId)
			.query(Integer.class)
			.single();
	}

	/** Data rows of the good files, counted plainly with POI: independent of the reader under test. */
	private static int goodSeptemberRows() throws Exception {
		int rows = 0;
		try (Stream<Path> files = Files.list(GOOD)) {
			for (Path file : files.toList()) {
				rows += SampleRows.count(file);
			}
		}
		return rows;
	}

	private void deliver(Path file) {
		try {
			Path copy = Files.copy(file, properties.inbox().resolve(file.getFileName().toString()));
			Files.setLastModifiedTime(copy, FileTime.from(NIGHT.atZone(ZoneId.systemDefault()).toInstant()));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static List<String> stringCells(Path workbook) throws Exception {
		List<String> texts = new ArrayList<>();
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
			for (Sheet sheet : book) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.STRING) {
							texts.add(cell.getStringCellValue());
						}
					}
				}
			}
		}
		return texts;
	}

	private static void assertNoFormulaCells(Path workbook) throws Exception {
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
			for (Sheet sheet : book) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
							.isNotEqualTo(CellType.FORMULA);
					}
				}
			}
		}
	}

}
