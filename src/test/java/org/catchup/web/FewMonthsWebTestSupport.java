package org.catchup.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

import org.catchup.jobs.JobLaunches;
import org.catchup.users.NewUser;
import org.catchup.users.Role;
import org.catchup.users.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * A web app of its own (own data folder, so its months do not disturb the 1959 story of
 * {@link WebTestSupport}): the sample reference data and a few months written straight into
 * the warehouse. August 1959: OBS alone with {@link #BIG_MONTH_TEAMS} teams below plan.
 * October 1959: only OBS has reported (BBM then tops the ranking at 100.9 %). November 1959:
 * nothing loaded.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class FewMonthsWebTestSupport {

	protected static final String PASSWORD = "correct horse battery";

	protected static final int BIG_MONTH_TEAMS = 1_234;

	protected static final YearMonth BIG_MONTH = YearMonth.of(1959, 8);

	protected static final YearMonth PARTIAL_MONTH = YearMonth.of(1959, 10);

	protected static final YearMonth EMPTY_MONTH = YearMonth.of(1959, 11);

	private static final Path DATA_DIR = temporaryDataDir();

	private static boolean loaded;

	@Autowired
	protected JobLaunches launches;

	@Autowired
	protected UserAccounts accounts;

	@Autowired
	protected JdbcClient jdbc;

	@DynamicPropertySource
	static void dataFolder(DynamicPropertyRegistry registry) {
		registry.add("catchup.data-dir", DATA_DIR::toString);
	}

	@BeforeEach
	void monthsLoaded() throws Exception {
		synchronized (FewMonthsWebTestSupport.class) {
			if (loaded) {
				return;
			}
			assertThat(launches
				.start("reference-data",
						Map.of("file", Path.of("sample-input", "reference-data.xlsx").toAbsolutePath().toString()))
				.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			long big = submission("OBS", BIG_MONTH);
			for (int team = 1; team <= BIG_MONTH_TEAMS; team++) {
				// 90.0 .. 99.9 %: every team needs help, none can help
				fact(big, "OBS", BIG_MONTH, String.format("G%04d", team), 90 + (team % 100) / 10.0);
			}
			long partial = submission("OBS", PARTIAL_MONTH);
			double[] october = { 105, 104, 98, 96.6 };
			for (int team = 0; team < october.length; team++) {
				fact(partial, "OBS", PARTIAL_MONTH, "OCT" + team, october[team]);
			}
			accounts.create(new NewUser("committee-member", PASSWORD, "Committee member", Set.of(Role.COMMITTEE),
					Set.of()));
			accounts.create(new NewUser("night-operator", PASSWORD, "Night operator", Set.of(Role.OPERATOR), Set.of()));
			loaded = true;
		}
	}

	private long submission(String enterprise, YearMonth period) {
		LocalDateTime received = period.plusMonths(1).atDay(2).atTime(9, 0);
		jdbc.sql("""
				INSERT INTO submission (enterprise_code, period, version, status, content_hash, file_name, received_at,
				  consolidated_at, row_count, error_count, warning_count, filed_at)
				VALUES (:e, :p, 1, 'CURRENT', :hash, :file, :at, :at, 0, 0, 0, :at)""")
			.param("e", enterprise)
			.param("p", period.toString())
			.param("hash", String.format("%064d", period.getYear() * 100 + period.getMonthValue()))
			.param("file", enterprise + "-" + period + ".xlsx")
			.param("at", received)
			.update();
		return jdbc.sql("SELECT id FROM submission WHERE enterprise_code = :e AND period = :p")
			.param("e", enterprise)
			.param("p", period.toString())
			.query(Long.class)
			.single();
	}

	/** One team's copper row at {@code percent} of a 10 t plan. */
	private void fact(long submission, String enterprise, YearMonth period, String team, double percent) {
		boolean known = jdbc.sql("SELECT COUNT(*) FROM team WHERE enterprise_code = :e AND team_code = :t")
			.param("e", enterprise)
			.param("t", team)
			.query(Integer.class)
			.single() > 0;
		if (!known) {
			jdbc.sql("""
					INSERT INTO team (enterprise_code, team_code, team_name, section, first_period, last_period)
					VALUES (:e, :t, :name, 'Revier A', :p, :p)""")
				.param("e", enterprise)
				.param("t", team)
				.param("name", "Brigade " + team)
				.param("p", period.toString())
				.update();
		}
		jdbc.sql("""
				INSERT INTO fact (submission_id, enterprise_code, period, team_code, indicator_code, team_name, section,
				  sheet_row, plan_qty, actual_qty, headcount, striving_title, remarks)
				VALUES (:s, :e, :p, :t, 'CU', :name, 'Revier A', 9, 10, :actual, NULL, FALSE, NULL)""")
			.param("s", submission)
			.param("e", enterprise)
			.param("p", period.toString())
			.param("t", team)
			.param("name", "Brigade " + team)
			.param("actual", BigDecimal.valueOf(percent).movePointLeft(1))
			.update();
	}

	private static Path temporaryDataDir() {
		try {
			Path dir = Files.createTempDirectory("catchup-few-months");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(dir.toFile())));
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
