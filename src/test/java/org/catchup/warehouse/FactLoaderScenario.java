package org.catchup.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.catchup.submission.SubmissionLine;
import org.catchup.support.FreshDataFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every {@link FactLoader} must do, run on H2 (batched INSERT) and on MariaDB (LOAD DATA
 * from a stream): store exactly the lines given, hostile text included; leave nothing when the
 * transaction rolls back; fail loudly when the table refuses a row.
 */
abstract class FactLoaderScenario extends FreshDataFolder {

	static final YearMonth PERIOD = YearMonth.of(1959, 9);

	static final String HOSTILE = "Tab\there, new\nline, CR\r, back\\slash, \\N, 'single' \"double\", NUL\0, "
			+ "Glück auf! Ударник 😀 \u001A end";

	@Autowired
	FactLoader loader;

	@Autowired
	SubmissionRepository submissions;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void indicators() {
		if (jdbc.sql("SELECT COUNT(*) FROM indicator WHERE code = 'COAL'").query(Integer.class).single() == 0) {
			jdbc.sql("INSERT INTO reference_load (file_name, content_hash, loaded_at, enterprises, indicators,"
					+ " annual_plans) VALUES ('test', 'x', :at, 0, 2, 0)").param("at", LocalDateTime.now()).update();
			long load = jdbc.sql("SELECT MAX(id) FROM reference_load").query(Long.class).single();
			for (String code : List.of("COAL", "ORE")) {
				jdbc.sql("INSERT INTO indicator (code, name, unit, price, reference_load_id) VALUES (:c, :c, 't', 1, :l)")
					.param("c", code)
					.param("l", load)
					.update();
			}
		}
	}

	@Test
	void storesExactlyTheLinesGivenHostileTextIncluded() {
		List<SubmissionLine> lines = List.of(
				new SubmissionLine(5, "North field", "B1", HOSTILE, "COAL", new BigDecimal("1234.5"),
						new BigDecimal("0.0001"), 12, true, HOSTILE),
				new SubmissionLine(6, HOSTILE, "B1", "Brigade 1", "ORE", new BigDecimal("0"), new BigDecimal("99999.9999"),
						null, false, null),
				new SubmissionLine(7, "South", "B\\N", "\\N", "COAL", BigDecimal.TEN, BigDecimal.ONE, 1, false, "\\N"));

		long id = new TransactionTemplate(transactionManager).execute(status -> load(lines));

		List<SubmissionLine> stored = jdbc.sql("""
				SELECT sheet_row, section, team_code, team_name, indicator_code, plan_qty, actual_qty, headcount,
				    striving_title, remarks
				FROM fact WHERE submission_id = :id AND enterprise_code = 'E1' AND period = '1959-09' ORDER BY sheet_row""")
			.param("id", id)
			.query((rs, n) -> new SubmissionLine(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getBigDecimal(6).stripTrailingZeros(), rs.getBigDecimal(7).stripTrailingZeros(),
					(Integer) rs.getObject(8, Integer.class), rs.getBoolean(9), rs.getString(10)))
			.list();
		assertThat(stored).containsExactlyElementsOf(lines.stream()
			.map(l -> new SubmissionLine(l.rowNumber(), l.section(), l.teamCode(), l.teamName(), l.indicator(),
					l.plan().stripTrailingZeros(), l.actual().stripTrailingZeros(), l.headcount(), l.strivingForTitle(),
					l.remarks()))
			.toList());
	}

	@Test
	void aRolledBackLoadLeavesNothing() {
		long id = new TransactionTemplate(transactionManager).execute(status -> {
			long submission = load(manyLines(5000));
			assertThat(submissions.factCount(submission)).isEqualTo(5000);
			status.setRollbackOnly();
			return submission;
		});

		assertThat(submissions.factCount(id)).isZero();
	}

	@Test
	void aLoadThatFitsOneBatchWritesNothingBeforeItIsFinishedAndNothingWhenAborted() {
		AtomicInteger asked = new AtomicInteger();
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			FactLoader.FactLoad load = loader.begin("E1", PERIOD, () -> {
				asked.incrementAndGet();
				throw new AssertionError("nothing may be written");
			});
			manyLines(50).forEach(load::add);
			load.abort();
		});

		assertThat(asked).hasValue(0);
	}

	@Test
	void aLoadBiggerThanOneBatchAsksForItsSubmissionOnceWhenTheFirstRowsGoOut() {
		AtomicInteger asked = new AtomicInteger();
		long id = new TransactionTemplate(transactionManager).execute(status -> {
			long submission = submissions.insert(new NewSubmission("E1", PERIOD.toString(), null, "REJECTED", "hash",
					"f.xlsx", null, LocalDateTime.now(), LocalDateTime.now(), 0, 0, 0, null));
			FactLoader.FactLoad load = loader.begin("E1", PERIOD, () -> {
				asked.incrementAndGet();
				return submission;
			});
			manyLines(5000).forEach(load::add);
			assertThat(asked).as("asked while the lines were still coming").hasValue(1);
			assertThat(load.finish()).isEqualTo(5000);
			return submission;
		});

		assertThat(asked).hasValue(1);
		assertThat(submissions.factCount(id)).isEqualTo(5000);
	}

	@Test
	void aRowTheTableRefusesFailsTheLoad() {
		// the same (team, indicator) twice: LOAD DATA LOCAL turns the duplicate key into a warning and skips the row
		List<SubmissionLine> sameKeyTwice = List.of(
				new SubmissionLine(5, "North", "B1", "Brigade", "COAL", BigDecimal.ONE, BigDecimal.ONE, null, false,
						null),
				new SubmissionLine(6, "North", "B1", "Brigade", "COAL", BigDecimal.TEN, BigDecimal.TEN, null, false,
						null));

		assertThatThrownBy(() -> new TransactionTemplate(transactionManager).execute(status -> load(sameKeyTwice)))
			.isInstanceOf(RuntimeException.class);
	}

	@Test
	void aValueTheTableWouldCutFailsTheLoadInsteadOfBeingCut() {
		// LOAD DATA LOCAL turns a too-long value into a warning and cuts it; the loader must refuse
		List<SubmissionLine> tooLong = List.of(new SubmissionLine(5, "North", "B1", "x".repeat(201), "COAL",
				BigDecimal.ONE, BigDecimal.ONE, null, false, null));

		assertThatThrownBy(() -> new TransactionTemplate(transactionManager).execute(status -> load(tooLong)))
			.isInstanceOf(RuntimeException.class);
	}

	@Test
	void theTeamTableTakesEachTeamOnceWithItsGreatestNameAndSectionBlankOnesIncluded() {
		if (jdbc.sql("SELECT COUNT(*) FROM enterprise WHERE code = 'T1'").query(Integer.class).single() == 0) {
			jdbc.sql("INSERT INTO enterprise (code, name, kind, parent_code, reference_load_id)"
					+ " SELECT 'T1', 'T1', 'MINE', NULL, MAX(id) FROM reference_load").update();
		}
		// a team named two ways in one file, blank names and sections, hostile text
		List<SubmissionLine> lines = List.of(
				new SubmissionLine(5, "North", "B1", "Brigade A", "COAL", BigDecimal.ONE, BigDecimal.ONE, 3, false, null),
				new SubmissionLine(6, "South", "B1", "Brigade B", "ORE", BigDecimal.ONE, BigDecimal.ONE, 3, false, null),
				new SubmissionLine(7, null, "B2", null, "COAL", BigDecimal.ONE, BigDecimal.ONE, 3, false, null),
				new SubmissionLine(8, HOSTILE, "B3", HOSTILE, "COAL", BigDecimal.ONE, BigDecimal.ONE, 3, false, null));

		new TransactionTemplate(transactionManager)
			.executeWithoutResult(status -> submissions.updateTeams(load("T1", lines)));

		assertThat(teams("T1")).containsExactly("B1|Brigade B|South|1959-09|1959-09", "B2|||1959-09|1959-09",
				String.join("|", "B3", HOSTILE, HOSTILE, "1959-09", "1959-09"));
	}

	/** Whether the loader writes a first submission's teams itself ({@link FactLoader.FactLoad#storeTeams}). */
	abstract boolean storesTeams();

	@Test
	void theTeamsALoadWritesAreTheRowsTheGroupedStatementWrites() {
		enterprise("T4");
		enterprise("T5");
		// 3,000 teams (past one batch), a team's lines apart, blank and hostile names and sections
		List<SubmissionLine> lines = new java.util.ArrayList<>();
		for (int i = 0; i < 6000; i++) {
			int team = i % 3000;
			String name = team == 7 ? HOSTILE : team == 8 ? null : "Brigade " + team;
			lines.add(new SubmissionLine(i + 5, team % 3 == 0 ? null : "Section " + team % 5, "B" + team, name,
					i < 3000 ? "COAL" : "ORE", BigDecimal.ONE, BigDecimal.TEN, 3, false, null));
		}

		Boolean stored = new TransactionTemplate(transactionManager).execute(status -> storeTeams("T4", lines));
		new TransactionTemplate(transactionManager)
			.executeWithoutResult(status -> submissions.updateTeams(load("T5", lines)));

		assertThat(stored).isEqualTo(storesTeams());
		assertThat(teams("T4")).hasSize(3000).isEqualTo(teams("T5"));
	}

	@Test
	void theTeamsALoadMergesIntoTeamsOnRecordAreTheRowsTheGroupedStatementMerges() {
		// two enterprises with the same teams on record from October
		List<SubmissionLine> october = List.of(
				new SubmissionLine(5, "North", "B1", "Brigade 1", "COAL", BigDecimal.ONE, BigDecimal.ONE, 3, false, null),
				new SubmissionLine(6, "North", "B2", "Brigade 2", "COAL", BigDecimal.ONE, BigDecimal.ONE, 3, false, null),
				new SubmissionLine(7, "South", "B3", "Brigade 3", "COAL", BigDecimal.ONE, BigDecimal.ONE, 3, false, null));
		// then September, renamed (an older month: the name on record stays), and November
		List<SubmissionLine> september = List.of(
				new SubmissionLine(5, "West", "B1", "Brigade 1 old", "COAL", BigDecimal.ONE, BigDecimal.ONE, 3, false, null),
				new SubmissionLine(6, "West", "B4", "Brigade 4", "COAL", BigDecimal.ONE, BigDecimal.ONE, 3, false, null));
		List<SubmissionLine> november = List.of(
				new SubmissionLine(5, "East", "B2", "Brigade 2 new", "COAL", BigDecimal.ONE, BigDecimal.ONE, 3, false, null),
				new SubmissionLine(6, "East", "B5", HOSTILE, "COAL", BigDecimal.ONE, BigDecimal.ONE, 3, false, null));
		List<Boolean> stored = new java.util.ArrayList<>();
		for (String enterprise : List.of("T6", "T8")) {
			enterprise(enterprise);
			boolean byTheLoad = enterprise.equals("T6");
			new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
				stored.add(storeTeams(enterprise, PERIOD.plusMonths(1), october, byTheLoad));
				stored.add(storeTeams(enterprise, PERIOD, september, byTheLoad));
				stored.add(storeTeams(enterprise, PERIOD.plusMonths(2), november, byTheLoad));
			});
		}

		assertThat(stored).containsExactly(storesTeams(), storesTeams(), storesTeams(), false, false, false);
		assertThat(teams("T6")).isEqualTo(teams("T8")).containsExactly("B1|Brigade 1|North|1959-09|1959-10",
				"B2|Brigade 2 new|East|1959-10|1959-11", "B3|Brigade 3|South|1959-10|1959-10",
				"B4|Brigade 4|West|1959-09|1959-09", String.join("|", "B5", HOSTILE, "East", "1959-11", "1959-11"));
	}

	@Test
	void aLoadLeavesATeamNamedTwoWaysToTheGroupedStatement() {
		enterprise("T7");
		List<SubmissionLine> twoNames = List.of(
				new SubmissionLine(5, "North", "B1", "Brigade A", "COAL", BigDecimal.ONE, BigDecimal.ONE, 3, false, null),
				new SubmissionLine(6, "North", "B1", "Brigade B", "ORE", BigDecimal.ONE, BigDecimal.ONE, 3, false, null));

		Boolean stored = new TransactionTemplate(transactionManager).execute(status -> storeTeams("T7", twoNames));

		assertThat(stored).isFalse();
		assertThat(teams("T7")).containsExactly("B1|Brigade B|North|1959-09|1959-09");
	}

	/**
	 * Loads the lines as a new submission, then its teams as the consolidation does: by the load
	 * when it can (returns true), else by the grouped statement.
	 */
	private boolean storeTeams(String enterprise, List<SubmissionLine> lines) {
		return storeTeams(enterprise, PERIOD, lines, true);
	}

	/** As above, for {@code period}; {@code byTheLoad} false goes straight to the grouped statement. */
	private boolean storeTeams(String enterprise, YearMonth period, List<SubmissionLine> lines, boolean byTheLoad) {
		long id = submission(enterprise, period);
		FactLoader.FactLoad load = loader.begin(enterprise, period, () -> id);
		lines.forEach(load::add);
		load.finish();
		if (byTheLoad && load.storeTeams()) {
			return true;
		}
		submissions.updateTeams(id);
		return false;
	}

	@Test
	void severalSubmissionsGoInTogetherEachRowWithItsOwnSubmissionEnterpriseAndPeriod() {
		enterprise("T2");
		List<SubmissionLine> first = List.of(
				new SubmissionLine(5, "North", "B1", "Brigade A", "COAL", BigDecimal.ONE, BigDecimal.TEN, 3, false, HOSTILE),
				new SubmissionLine(6, "North", "B2", HOSTILE, "ORE", new BigDecimal("2.5"), BigDecimal.ONE, null, true,
						null));
		List<SubmissionLine> second = List.of(new SubmissionLine(5, "South", "B1", "Brigade A renamed", "COAL",
				BigDecimal.ONE, BigDecimal.ONE, 4, false, null));

		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			long january = submission("T2", PERIOD.minusMonths(1));
			long february = submission("T2", PERIOD);
			assertThat(loader.insertAll(List.of(
					new FactLoader.HeldFacts(february, "T2", PERIOD, second),
					new FactLoader.HeldFacts(january, "T2", PERIOD.minusMonths(1), first))))
				.isEqualTo(3);
			// both months in one statement, the later one listed first: the later name still wins
			submissions.updateTeams(List.of(february, january));
		});

		assertThat(jdbc.sql("""
				SELECT CONCAT(period, ' ', team_code, ' ', indicator_code, ' ', actual_qty) FROM fact
				WHERE enterprise_code = 'T2' ORDER BY period, team_code""").query(String.class).list())
			.containsExactly("1959-08 B1 COAL 10.0000", "1959-08 B2 ORE 1.0000", "1959-09 B1 COAL 1.0000");
		assertThat(jdbc.sql("SELECT remarks FROM fact WHERE enterprise_code = 'T2' AND team_code = 'B1'"
				+ " AND period = '1959-08'").query(String.class).single()).isEqualTo(HOSTILE);
		assertThat(teams("T2")).containsExactly("B1|Brigade A renamed|South|1959-08|1959-09",
				String.join("|", "B2", HOSTILE, "North", "1959-08", "1959-08"));
	}

	@Test
	void severalSubmissionsRollBackTogether() {
		enterprise("T3");
		assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			long id = submission("T3", PERIOD);
			loader.insertAll(List.of(new FactLoader.HeldFacts(id, "T3", PERIOD,
					manyLines(10))));
			throw new IllegalStateException("the chunk fails after its rows went in");
		})).hasMessageContaining("the chunk fails");

		assertThat(jdbc.sql("SELECT COUNT(*) FROM fact WHERE enterprise_code = 'T3'").query(Integer.class).single())
			.isZero();
	}

	private void enterprise(String code) {
		if (jdbc.sql("SELECT COUNT(*) FROM enterprise WHERE code = :c").param("c", code).query(Integer.class).single() == 0) {
			jdbc.sql("INSERT INTO enterprise (code, name, kind, parent_code, reference_load_id)"
					+ " SELECT :c, :c, 'MINE', NULL, MAX(id) FROM reference_load").param("c", code).update();
		}
	}

	private long submission(String enterprise, YearMonth period) {
		return submissions.insert(new NewSubmission(enterprise, period.toString(), null, "REJECTED", "hash", "f.xlsx",
				null, LocalDateTime.now(), LocalDateTime.now(), 0, 0, 0, null));
	}

	private List<String> teams(String enterprise) {
		return jdbc.sql("""
				SELECT team_code, team_name, section, first_period, last_period FROM team
				WHERE enterprise_code = :e ORDER BY team_code""")
			.param("e", enterprise)
			.query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	private long load(List<SubmissionLine> lines) {
		return load("E1", lines);
	}

	private long load(String enterprise, List<SubmissionLine> lines) {
		long id = submissions.insert(new NewSubmission(enterprise, PERIOD.toString(), null, "REJECTED", "hash", "f.xlsx",
				null, LocalDateTime.now(), LocalDateTime.now(), 0, 0, 0, null));
		FactLoader.FactLoad load = loader.begin(enterprise, PERIOD, () -> id);
		lines.forEach(load::add);
		assertThat(load.finish()).isEqualTo(lines.size());
		return id;
	}

	private static List<SubmissionLine> manyLines(int count) {
		return java.util.stream.IntStream.range(0, count)
			.mapToObj(i -> new SubmissionLine(i + 5, "North", "B" + i, "Brigade " + i, "COAL", BigDecimal.TEN,
					BigDecimal.ONE, 3, false, null))
			.toList();
	}

}
