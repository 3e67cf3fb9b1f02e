package org.catchup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.catchup.reliability.Workbooks.Line;
import org.catchup.support.SampleDataNight;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * All or nothing for a file too big to wait in memory: its rows start going to the fact table
 * while it is still being read, so an error in its last row must undo them (the savepoint),
 * and a file that fits in memory must write nothing at all when it fails. Subclasses choose
 * the database (and with it the loader: batched INSERT on H2, LOAD DATA on MariaDB).
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class LargeSubmissionsScenario extends SampleDataNight {

	private static final String PERIOD = "1959-09";

	/** Well past one batch of either loader (1,000 INSERT rows; 64 KB of LOAD DATA). */
	private static final int LARGE = 3_000;

	@BeforeEach
	void referenceDataAndAnEmptyWarehouse() throws Exception {
		if (jdbc.sql("SELECT COUNT(*) FROM enterprise").query(Integer.class).single() == 0) {
			sampleReferenceDataLoaded();
		}
		for (String table : List.of("submission_problem", "fact", "team", "submission")) {
			jdbc.sql("DELETE FROM " + table).update();
		}
	}

	@Test
	void aLargeFileFailingAtItsLastRowIsRejectedOnceAndLeavesNoFact() throws Exception {
		List<Line> lines = lines(LARGE);
		lines.set(LARGE - 1, Line.of("OB-LAST", "Last team", "NO-SUCH-INDICATOR", 10, 10));
		deliver("OBS-large-broken.xlsx", lines);

		night();

		assertThat(submissions()).containsExactly("OBS-large-broken.xlsx:REJECTED:null");
		assertThat(count("SELECT COUNT(*) FROM fact")).isZero();
		assertThat(count("SELECT COUNT(*) FROM team")).isZero();
		assertThat(jdbc.sql("SELECT cell_ref FROM submission_problem WHERE severity = 'ERROR'").query(String.class).list())
			.containsExactly("D" + (6 + LARGE));
	}

	@Test
	void aLargeFileIsLoadedWholeAndTheSameFileAgainChangesNothing() throws Exception {
		deliver("OBS-large.xlsx", lines(LARGE));
		Path copy = Files.copy(properties.inbox().resolve("OBS-large.xlsx"), copies().resolve("OBS-large-again.xlsx"));
		night();
		Files.move(copy, properties.inbox().resolve(copy.getFileName()));
		night();

		assertThat(submissions()).containsExactly("OBS-large.xlsx:CURRENT:1");
		assertThat(count("SELECT COUNT(*) FROM fact")).isEqualTo(LARGE);
		assertThat(count("SELECT COUNT(*) FROM team WHERE enterprise_code = 'OBS'")).isEqualTo(LARGE / 2);
	}

	@Test
	void aLargeFileLeavesTheTeamTableItsFactsDescribeInItsFirstMonthAndOverTeamsOnRecord() throws Exception {
		deliver("OBS-large.xlsx", lines(LARGE));
		night();

		assertThat(teams()).hasSize(LARGE / 2).isEqualTo(teamsOfTheFacts());

		// a month later: one team renamed and moved, one new, one left out
		List<Line> october = lines(LARGE);
		october.set(0, new Line("Revier 2", "OB-0", "Team 0 renamed", "CU", BigDecimal.TEN, BigDecimal.ONE));
		october.set(1, new Line("Revier 2", "OB-0", "Team 0 renamed", "ORE", BigDecimal.TEN, BigDecimal.ONE));
		october.set(2, Line.of("OB-NEW", "New team", "CU", 100, 90));
		october.set(3, Line.of("OB-NEW", "New team", "ORE", 100, 90));
		deliver("OBS-large-october.xlsx", "OBS", "1959-10", october);
		night();

		assertThat(teams()).hasSize(LARGE / 2 + 1)
			.contains("OB-0|Team 0 renamed|Revier 2|1959-09|1959-10", "OB-1|Team 1|Revier 1|1959-09|1959-09",
					"OB-2|Team 2|Revier 1|1959-09|1959-10", "OB-NEW|New team|Revier 1|1959-10|1959-10");
	}

	@Test
	void aCorrectedLargeFileBecomesVersionTwo() throws Exception {
		deliver("OBS-large.xlsx", lines(LARGE));
		night();
		List<Line> corrected = lines(LARGE);
		corrected.set(0, Line.of("OB-0", "Team 0", "CU", 100, 4242));
		deliver("OBS-large-corrected.xlsx", corrected);
		night();

		assertThat(submissions()).containsExactly("OBS-large.xlsx:SUPERSEDED:1", "OBS-large-corrected.xlsx:CURRENT:2");
		assertThat(count("SELECT COUNT(*) FROM fact f JOIN submission s ON s.id = f.submission_id"
				+ " WHERE s.status = 'CURRENT' AND f.actual_qty = 4242")).isEqualTo(1);
	}

	@Test
	void aLargeFileSaysHowManyRowsItHasReadAsItGoes(CapturedOutput output) throws Exception {
		deliver("OBS-large.xlsx", lines(LARGE));

		night();

		// the subclasses ask for a line every 1,000 rows
		assertThat(output.getOut()).contains("OBS-large.xlsx: 1000 rows read and checked so far",
				"OBS-large.xlsx: 2000 rows read and checked so far", "OBS-large.xlsx: 3000 rows read and checked so far");
	}

	@Test
	void aSmallFileThatFailsWritesNothingButItsRejection() throws Exception {
		List<Line> lines = lines(20);
		lines.set(19, Line.of("OB-LAST", "Last team", "NO-SUCH-INDICATOR", 10, 10));
		deliver("OBS-small-broken.xlsx", lines);
		deliver("NRB-small.xlsx", "NRB", lines(20));

		night();

		// two enterprises: stored side by side, in either order
		assertThat(submissions()).containsExactlyInAnyOrder("NRB-small.xlsx:CURRENT:1",
				"OBS-small-broken.xlsx:REJECTED:null");
		assertThat(count("SELECT COUNT(*) FROM fact WHERE enterprise_code = 'OBS'")).isZero();
		assertThat(count("SELECT COUNT(*) FROM fact WHERE enterprise_code = 'NRB'")).isEqualTo(20);
	}

	/** Two indicators per team, so {@code rows / 2} teams. */
	private static List<Line> lines(int rows) {
		List<Line> lines = new ArrayList<>(rows);
		for (int i = 0; i < rows; i++) {
			int team = i / 2;
			lines.add(Line.of("OB-" + team, "Team " + team, i % 2 == 0 ? "CU" : "ORE", 100, 90 + i % 20));
		}
		return lines;
	}

	private void deliver(String name, List<Line> lines) throws Exception {
		deliver(name, "OBS", lines);
	}

	private void deliver(String name, String enterprise, List<Line> lines) throws Exception {
		deliver(name, enterprise, PERIOD, lines);
	}

	private void deliver(String name, String enterprise, String period, List<Line> lines) throws Exception {
		Path file = Workbooks.write(Workbooks.submission(enterprise, period, lines), properties.inbox().resolve(name));
		// on time: no late warning in the way
		LocalDateTime received = YearMonth.parse(period).plusMonths(1).atDay(3).atTime(9, 0);
		Files.setLastModifiedTime(file, FileTime.from(received.atZone(ZoneId.systemDefault()).toInstant()));
	}

	/** The team table, one line a team: code, name, section, first and last period. */
	private List<String> teams() {
		return jdbc.sql("""
				SELECT team_code, team_name, section, first_period, last_period FROM team
				WHERE enterprise_code = 'OBS' ORDER BY team_code""")
			.query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	/** What the team table says of a single month's facts, by their own grouping. */
	private List<String> teamsOfTheFacts() {
		return jdbc.sql("""
				SELECT team_code, MAX(team_name), MAX(section), MIN(period), MAX(period) FROM fact
				WHERE enterprise_code = 'OBS' GROUP BY team_code ORDER BY team_code""")
			.query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	private Path copies() throws Exception {
		return Files.createDirectories(properties.inbox().resolveSibling("copies"));
	}

	private void night() throws Exception {
		nightCompletes();
	}

	private List<String> submissions() {
		return jdbc.sql("SELECT file_name, status, version FROM submission ORDER BY id")
			.query((rs, n) -> rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getObject(3))
			.list();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
