package org.catchup.benchmark;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's warehouse: cleaned and migrated once (Flyway clean on a copy of the
 * application's configuration: the benchmark runs only on its own database), emptied before each
 * later measurement, then seeded with reference data. Emptying, not migrating again: a migration
 * between measurements ran thousands of lines of Flyway and driver code whose compilation then
 * landed in the next measured run.
 */
final class BenchDatabase {

	static final List<String> INDICATORS = List.of("COAL", "ORE", "COPPER", "METRES");

	private final Flyway flyway;

	/** What a measurement writes, children before parents; users, locks and job history stay. */
	private static final List<String> WAREHOUSE = List.of("fact", "submission_problem", "submission", "team",
			"annual_plan_history", "annual_plan", "enterprise_history", "indicator_history", "bulletin_log",
			"enterprise", "indicator", "reference_load");

	private final JdbcTemplate jdbc;

	private boolean migrated;

	BenchDatabase(Flyway flyway, JdbcTemplate jdbc) {
		this.flyway = Flyway.configure().configuration(flyway.getConfiguration()).cleanDisabled(false).load();
		this.jdbc = jdbc;
	}

	boolean isMySql() {
		return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
			.toLowerCase(java.util.Locale.ROOT)
			.matches(".*(mysql|mariadb).*");
	}

	/** An empty warehouse with {@code enterprises} enterprises E0001… and the four indicators. */
	void reset(int enterprises) {
		if (migrated) {
			empty();
		}
		else {
			flyway.clean();
			flyway.migrate();
			migrated = true;
		}
		jdbc.update("INSERT INTO reference_load (id, file_name, content_hash, loaded_at, enterprises, indicators,"
				+ " annual_plans) VALUES (1, 'benchmark', ?, ?, ?, ?, 0)", "0".repeat(64), LocalDateTime.now(),
				enterprises, INDICATORS.size());
		for (int i = 0; i < INDICATORS.size(); i++) {
			jdbc.update("INSERT INTO indicator (code, name, unit, price, reference_load_id) VALUES (?, ?, 't', ?, 1)",
					INDICATORS.get(i), INDICATORS.get(i), BigDecimal.valueOf(10 + 5 * i));
		}
		List<Object[]> rows = new ArrayList<>();
		for (int e = 1; e <= enterprises; e++) {
			rows.add(new Object[] { enterprise(e), "Enterprise " + e });
		}
		jdbc.batchUpdate("INSERT INTO enterprise (code, name, kind, parent_code, reference_load_id)"
				+ " VALUES (?, ?, 'MINE', NULL, 1)", rows);
		awaitQuietServer();
	}

	private void empty() {
		boolean mySql = isMySql();
		jdbc.execute(mySql ? "SET FOREIGN_KEY_CHECKS = 0" : "SET REFERENTIAL_INTEGRITY FALSE");
		try {
			for (String table : WAREHOUSE) {
				jdbc.execute("TRUNCATE TABLE " + table + (mySql ? "" : " RESTART IDENTITY"));
			}
		}
		finally {
			jdbc.execute(mySql ? "SET FOREIGN_KEY_CHECKS = 1" : "SET REFERENTIAL_INTEGRITY TRUE");
		}
	}

	/**
	 * Waits (at most 10 s: other clients keep a shared server busy) until InnoDB has written back
	 * most dirty pages of the previous measurement and of the dropped tables: otherwise that
	 * background I/O lands on whichever pipeline runs next. Nothing to wait for on H2.
	 */
	void awaitQuietServer() {
		if (!isMySql()) {
			return;
		}
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (System.nanoTime() < deadline) {
			Long dirty = jdbc.query("SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_pages_dirty'",
					rs -> rs.next() ? rs.getLong(2) : 0L);
			if (dirty == null || dirty < 2000) {
				return;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	static String enterprise(int number) {
		return String.format("E%04d", number);
	}

	JdbcTemplate jdbc() {
		return jdbc;
	}

}
