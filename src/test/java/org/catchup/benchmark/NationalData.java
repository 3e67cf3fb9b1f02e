package org.catchup.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.mysql.cj.jdbc.JdbcStatement;

/**
 * A ministry's year straight into the benchmark warehouse: {@code enterprises} enterprises under
 * one combine per hundred, {@code teams} teams each with one indicator, twelve months of 1959, so
 * 12 × enterprises × teams facts (5,000 × 40 × 12 = 2,400,000). A team keeps a level of its own
 * (75–125 % of plan) and varies around it by up to 8 points a month, so streaks, pioneers and
 * teams to learn from exist. Every 25th submission carries a warning, every 4th is late, and a
 * few pairs of the assistance register are active in the last months.
 * <p>
 * Facts go in with one {@code LOAD DATA LOCAL INFILE} per month on MySQL/MariaDB (rows generated
 * as the server reads them, nothing held), with JDBC batches on H2.
 */
final class NationalData {

	static final int YEAR = 1959;

	static final YearMonth LAST_MONTH = YearMonth.of(YEAR, 12);

	static final int ENTERPRISES_PER_COMBINE = 100;

	static final int PLAN_QUANTITY = 500;

	private static final String LOAD_MONTH = """
			LOAD DATA LOCAL INFILE 'national-facts' INTO TABLE fact CHARACTER SET utf8mb4
			FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n'
			(submission_id, enterprise_code, period, team_code, indicator_code, team_name, section, sheet_row,
			    plan_qty, actual_qty, headcount, striving_title)""";

	private static final String INSERT_FACT = """
			INSERT INTO fact (submission_id, enterprise_code, period, team_code, indicator_code, team_name, section,
			    sheet_row, plan_qty, actual_qty, headcount, striving_title)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final int enterprises;

	private final int teams;

	NationalData(int enterprises, int teams) {
		this.enterprises = enterprises;
		this.teams = teams;
	}

	long facts() {
		return 12L * enterprises * teams;
	}

	/** Fills the freshly reset warehouse (enterprises E0001… and the four indicators exist); returns the facts loaded. */
	long load(BenchDatabase database, boolean mysql) throws Exception {
		var jdbc = database.jdbc();
		int combines = combines();
		for (int k = 1; k <= combines; k++) {
			jdbc.update("INSERT INTO enterprise (code, name, kind, parent_code, reference_load_id)"
					+ " VALUES (?, ?, 'COMBINE', NULL, 1)", combine(k), "Combine " + k);
			// the hundred enterprises of the combine, by their zero-padded codes
			int first = (k - 1) * ENTERPRISES_PER_COMBINE + 1;
			jdbc.update("UPDATE enterprise SET parent_code = ? WHERE code >= ? AND code <= ?", combine(k),
					BenchDatabase.enterprise(first),
					BenchDatabase.enterprise(Math.min(enterprises, first + ENTERPRISES_PER_COMBINE - 1)));
		}
		List<Object[]> plans = new ArrayList<>();
		List<Object[]> teamRows = new ArrayList<>();
		for (int e = 1; e <= enterprises; e++) {
			String code = BenchDatabase.enterprise(e);
			long[] perIndicator = new long[BenchDatabase.INDICATORS.size()];
			for (int t = 1; t <= teams; t++) {
				perIndicator[indicator(e, t)] += 12L * PLAN_QUANTITY;
				teamRows.add(new Object[] { code, team(t), teamName(t), section(t) });
			}
			for (int i = 0; i < perIndicator.length; i++) {
				if (perIndicator[i] > 0) {
					plans.add(new Object[] { code, BenchDatabase.INDICATORS.get(i), BigDecimal.valueOf(perIndicator[i]) });
				}
			}
		}
		jdbc.batchUpdate("INSERT INTO annual_plan (enterprise_code, plan_year, indicator_code, quantity,"
				+ " reference_load_id) VALUES (?, " + YEAR + ", ?, ?, 1)", plans);
		jdbc.batchUpdate("INSERT INTO team (enterprise_code, team_code, team_name, section, first_period, last_period)"
				+ " VALUES (?, ?, ?, ?, '" + YearMonth.of(YEAR, 1) + "', '" + LAST_MONTH + "')", teamRows);
		List<Object[]> submissions = new ArrayList<>();
		List<Object[]> warnings = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			YearMonth period = YearMonth.of(YEAR, month);
			for (int e = 1; e <= enterprises; e++) {
				long id = submissionId(e, month);
				// every fourth comes after the deadline (day 5 of the next month)
				LocalDateTime received = period.plusMonths(1).atDay(id % 4 == 0 ? 9 : 2).atTime(9, 0);
				submissions.add(new Object[] { id, BenchDatabase.enterprise(e), period.toString(),
						String.format("%064d", id), BenchDatabase.enterprise(e) + "-" + period + ".xlsx", received,
						received, teams, id % 25 == 0 ? 1 : 0 });
				if (id % 25 == 0) {
					warnings.add(new Object[] { id, "F" + (5 + e % teams), "actual", "1.234,5" });
				}
			}
		}
		jdbc.batchUpdate("INSERT INTO submission (id, enterprise_code, period, version, status, content_hash, file_name,"
				+ " received_at, consolidated_at, row_count, error_count, warning_count)"
				+ " VALUES (?, ?, ?, 1, 'CURRENT', ?, ?, ?, ?, ?, 0, ?)", submissions);
		jdbc.batchUpdate("INSERT INTO submission_problem (submission_id, seq, severity, code, sheet_name, cell_ref,"
				+ " column_name, found_value, message) VALUES (?, 1, 'WARNING', 'NUMBER_AS_TEXT', 'Report', ?, ?, ?,"
				+ " 'A number stored as text was read as 1234.5.')", warnings);
		registerAssistance(database);
		long loaded = 0;
		DataSource dataSource = jdbc.getDataSource();
		for (int month = 1; month <= 12; month++) {
			loaded += mysql ? loadMonth(dataSource, month) : insertMonth(dataSource, month);
		}
		ConsolidationCases.check(loaded == facts(), "loaded " + loaded + " of " + facts() + " facts");
		if (mysql) {
			// a warehouse filled night by night has its statistics; one loaded in a minute must ask
			// for them, or the optimizer plans the bulletin's reads on empty tables
			jdbc.execute("ANALYZE TABLE fact, submission, team, submission_problem, annual_plan, enterprise");
		}
		return loaded;
	}

	/** Twenty agreed pairs (helped team 1 of an enterprise, helper team 2 of the next one) from October. */
	private void registerAssistance(BenchDatabase database) {
		List<Object[]> rows = new ArrayList<>();
		LocalDateTime at = LocalDateTime.of(YEAR, 9, 30, 12, 0);
		// the register is not part of the warehouse the benchmark empties
		database.jdbc().update("DELETE FROM assistance_change");
		database.jdbc().update("DELETE FROM assistance");
		for (int e = 1; e < enterprises && rows.size() < 20; e += Math.max(1, enterprises / 20)) {
			rows.add(new Object[] { BenchDatabase.enterprise(e), team(1), BenchDatabase.enterprise(e + 1), team(2),
					at, at });
		}
		database.jdbc().batchUpdate("INSERT INTO assistance (helped_enterprise_code, helped_team_code,"
				+ " helper_enterprise_code, helper_team_code, from_period, created_by, created_at, updated_by, updated_at)"
				+ " VALUES (?, ?, ?, ?, '" + YearMonth.of(YEAR, 10) + "', 'bench', ?, 'bench', ?)", rows);
	}

	private long loadMonth(DataSource dataSource, int month) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			// generated rows are consistent by construction: the server need not check each key
			statement.execute("SET foreign_key_checks = 0, unique_checks = 0");
			try {
				statement.unwrap(JdbcStatement.class).setLocalInfileInputStream(new MonthRows(month));
				return statement.executeLargeUpdate(LOAD_MONTH);
			}
			finally {
				statement.execute("SET foreign_key_checks = 1, unique_checks = 1");
			}
		}
	}

	private long insertMonth(DataSource dataSource, int month) throws SQLException {
		YearMonth period = YearMonth.of(YEAR, month);
		long count = 0;
		try (Connection connection = dataSource.getConnection();
				PreparedStatement insert = connection.prepareStatement(INSERT_FACT)) {
			for (int e = 1; e <= enterprises; e++) {
				for (int t = 1; t <= teams; t++) {
					insert.setLong(1, submissionId(e, month));
					insert.setString(2, BenchDatabase.enterprise(e));
					insert.setString(3, period.toString());
					insert.setString(4, team(t));
					insert.setString(5, BenchDatabase.INDICATORS.get(indicator(e, t)));
					insert.setString(6, teamName(t));
					insert.setString(7, section(t));
					insert.setInt(8, 4 + t);
					insert.setBigDecimal(9, BigDecimal.valueOf(PLAN_QUANTITY));
					insert.setBigDecimal(10, actual(e, t, month));
					insert.setInt(11, 10);
					insert.setBoolean(12, striving(e, t));
					insert.addBatch();
					count++;
				}
				if (e % 50 == 0) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
		}
		return count;
	}

	/** One month's facts as LOAD DATA text, generated enterprise by enterprise as the driver reads. */
	private final class MonthRows extends InputStream {

		private final int month;

		private final String period;

		private int enterprise = 1;

		private byte[] buffer = new byte[0];

		private int position;

		MonthRows(int month) {
			this.month = month;
			this.period = YearMonth.of(YEAR, month).toString();
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] target, int offset, int length) {
			if (position == buffer.length && !refill()) {
				return -1;
			}
			int n = Math.min(length, buffer.length - position);
			System.arraycopy(buffer, position, target, offset, n);
			position += n;
			return n;
		}

		private boolean refill() {
			if (enterprise > enterprises) {
				return false;
			}
			int e = enterprise++;
			StringBuilder rows = new StringBuilder(teams * 80);
			String code = BenchDatabase.enterprise(e);
			long id = submissionId(e, month);
			for (int t = 1; t <= teams; t++) {
				rows.append(id).append('\t').append(code).append('\t').append(period).append('\t').append(team(t))
					.append('\t').append(BenchDatabase.INDICATORS.get(indicator(e, t))).append('\t')
					.append(teamName(t)).append('\t').append(section(t)).append('\t').append(4 + t).append('\t')
					.append(PLAN_QUANTITY).append('\t').append(actual(e, t, month).toPlainString()).append('\t')
					.append(10).append('\t').append(striving(e, t) ? 1 : 0).append('\n');
			}
			buffer = rows.toString().getBytes(StandardCharsets.UTF_8);
			position = 0;
			return true;
		}

	}

	int combines() {
		return Math.max(1, (enterprises + ENTERPRISES_PER_COMBINE - 1) / ENTERPRISES_PER_COMBINE);
	}

	static String combine(int number) {
		return String.format("K%03d", number);
	}

	static String team(int number) {
		return String.format("B%02d", number);
	}

	private static String teamName(int number) {
		return "Brigade " + number;
	}

	private static String section(int number) {
		return "Section " + (char) ('A' + number % 4);
	}

	private long submissionId(int enterprise, int month) {
		return (long) (month - 1) * enterprises + enterprise;
	}

	/** Spread over the four indicators, so the pairing has four networks. */
	private static int indicator(int enterprise, int team) {
		return (enterprise + team) % BenchDatabase.INDICATORS.size();
	}

	private static boolean striving(int enterprise, int team) {
		return (enterprise + 3 * team) % 5 == 0;
	}

	/** The team's own level (75–125 %) plus up to ±8 points this month, of the plan quantity, two decimals. */
	static BigDecimal actual(int enterprise, int team, int month) {
		int level = 75 + Math.floorMod(mix(enterprise * 131 + team), 51);
		int swing = Math.floorMod(mix(enterprise * 7919 + team * 104_729 + month * 31), 17) - 8;
		return BigDecimal.valueOf((long) PLAN_QUANTITY * (level + swing), 2);
	}

	private static int mix(int value) {
		int h = value * 0x9E3779B9;
		return h ^ (h >>> 15);
	}

}
