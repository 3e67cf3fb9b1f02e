package org.catchup.warehouse;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.catchup.figures.AnnualPlanValue;
import org.catchup.figures.DataWarning;
import org.catchup.figures.SubmissionFact;
import org.catchup.figures.TeamIndicatorMonth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what a month's figures need, each with one set-based query over the current
 * version of every submission. Values (quantity × price) are computed by the database.
 */
@Repository
public class FiguresQueries {

	// Facts are reached from their submissions: the fact table has no index but its primary key,
	// which leads with submission_id (V14), and a fact's month and enterprise are its submission's.
	private static final String TEAM_INDICATOR_MONTHS = """
			SELECT s.period, s.enterprise_code, f.team_code, t.team_name, t.section, f.indicator_code,
			       f.plan_qty * i.price AS plan_value, f.actual_qty * i.price AS actual_value
			FROM submission s
			JOIN fact f ON f.submission_id = s.id
			JOIN indicator i ON i.code = f.indicator_code
			JOIN team t ON t.enterprise_code = s.enterprise_code AND t.team_code = f.team_code
			WHERE s.period >= :from AND s.period <= :to AND s.status = 'CURRENT'""";

	/**
	 * The facts of TEAM_INDICATOR_MONTHS for the enterprises named only (the bulletin reads a few at
	 * a time), found through their submissions (enterprise, period), then each submission's facts by
	 * primary key. Team names and prices are joined in Java from TEAMS_OF and PRICES: joining them
	 * in the server cost two primary-key lookups per fact, a third of the reading at 2.4 million.
	 */
	private static final String FACTS_OF = """
			SELECT f.period, f.enterprise_code, f.team_code, f.indicator_code, f.plan_qty, f.actual_qty
			FROM submission s
			JOIN fact f ON f.submission_id = s.id
			WHERE s.enterprise_code IN (:enterprises) AND s.status = 'CURRENT'
			  AND s.period >= :from AND s.period <= :to AND f.period >= :from AND f.period <= :to""";

	private static final String TEAMS_OF = """
			SELECT enterprise_code, team_code, team_name, section FROM team WHERE enterprise_code IN (:enterprises)""";

	private static final String PRICES = "SELECT code, price FROM indicator";

	private static final String ENTERPRISES_WITH_ROWS = """
			SELECT DISTINCT enterprise_code FROM submission
			WHERE status = 'CURRENT' AND period >= :from AND period <= :to AND enterprise_code IS NOT NULL""";

	private static final String ANNUAL_PLAN_VALUES = """
			SELECT p.enterprise_code, SUM(p.quantity * i.price) AS plan_value
			FROM annual_plan p JOIN indicator i ON i.code = p.indicator_code
			WHERE p.plan_year = :year
			GROUP BY p.enterprise_code""";

	private static final String SUBMISSIONS_OF_MONTH = """
			SELECT enterprise_code, status, version, received_at
			FROM submission
			WHERE period = :period AND enterprise_code IS NOT NULL
			ORDER BY id""";

	private static final String WARNINGS_OF_MONTH = """
			SELECT s.enterprise_code, p.code, p.sheet_name, p.cell_ref, p.column_name, p.found_value, p.message
			FROM submission_problem p JOIN submission s ON s.id = p.submission_id
			WHERE s.period = :period AND s.status = 'CURRENT' AND p.severity = 'WARNING'
			ORDER BY s.enterprise_code, p.seq""";

	private static final String WARNINGS_OF_MONTH_OF = """
			SELECT s.enterprise_code, p.code, p.sheet_name, p.cell_ref, p.column_name, p.found_value, p.message
			FROM submission_problem p JOIN submission s ON s.id = p.submission_id
			WHERE s.period = :period AND s.status = 'CURRENT' AND p.severity = 'WARNING'
			  AND s.enterprise_code IN (:enterprises)
			ORDER BY s.enterprise_code, p.seq""";

	private static final String DATA_VERSION = """
			SELECT COUNT(*) AS loaded, MAX(id) AS last_id, MAX(consolidated_at) AS last_at
			FROM submission WHERE status <> 'REJECTED'""";

	private final JdbcClient jdbc;

	private static final String LATEST_LOADED_PERIOD = "SELECT MAX(period) FROM submission WHERE status = 'CURRENT'";

	private static final String LAST_TEAM_LINES = """
			SELECT f.section, f.team_code, f.team_name, f.indicator_code, f.headcount, f.striving_title
			FROM submission s JOIN fact f ON f.submission_id = s.id
			WHERE s.enterprise_code = :enterprise AND s.status = 'CURRENT' AND s.period = (
			    SELECT MAX(period) FROM submission
			    WHERE enterprise_code = :enterprise AND status = 'CURRENT' AND period < :period)
			ORDER BY f.sheet_row""";

	public FiguresQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<TeamIndicatorMonth> teamIndicatorMonths(YearMonth from, YearMonth to) {
		return jdbc.sql(TEAM_INDICATOR_MONTHS)
			.param("from", from.toString())
			.param("to", to.toString())
			.query(FiguresQueries::teamIndicatorMonth)
			.list();
	}

	private static TeamIndicatorMonth teamIndicatorMonth(ResultSet rs, int row) throws SQLException {
		return new TeamIndicatorMonth(YearMonth.parse(rs.getString("period")), rs.getString("enterprise_code"),
				rs.getString("team_code"), rs.getString("team_name"), rs.getString("section"),
				rs.getString("indicator_code"), rs.getBigDecimal("plan_value"), rs.getBigDecimal("actual_value"));
	}

	/**
	 * As {@link #teamIndicatorMonths(YearMonth, YearMonth)}, for the given enterprises only: the same
	 * rows (a fact without its team or indicator is left out as the join leaves it out), the values
	 * the same products of quantity and price.
	 */
	public List<TeamIndicatorMonth> teamIndicatorMonths(YearMonth from, YearMonth to,
			Collection<String> enterpriseCodes) {
		if (enterpriseCodes.isEmpty()) {
			return List.of();
		}
		Map<String, BigDecimal> prices = new HashMap<>();
		jdbc.sql(PRICES).query(rs -> {
			prices.put(rs.getString("code"), rs.getBigDecimal("price"));
		});
		Map<String, String[]> teams = new HashMap<>();
		jdbc.sql(TEAMS_OF).param("enterprises", enterpriseCodes).query(rs -> {
			teams.put(teamKey(rs.getString("enterprise_code"), rs.getString("team_code")),
					new String[] { rs.getString("team_name"), rs.getString("section") });
		});
		Map<String, YearMonth> months = new HashMap<>();
		List<TeamIndicatorMonth> rows = new ArrayList<>();
		jdbc.sql(FACTS_OF)
			.param("from", from.toString())
			.param("to", to.toString())
			.param("enterprises", enterpriseCodes)
			.query(rs -> {
				String enterprise = rs.getString("enterprise_code");
				String team = rs.getString("team_code");
				String[] nameAndSection = teams.get(teamKey(enterprise, team));
				BigDecimal price = prices.get(rs.getString("indicator_code"));
				if (nameAndSection != null && price != null) {
					rows.add(new TeamIndicatorMonth(months.computeIfAbsent(rs.getString("period"), YearMonth::parse),
							enterprise, team, nameAndSection[0], nameAndSection[1], rs.getString("indicator_code"),
							rs.getBigDecimal("plan_qty").multiply(price), rs.getBigDecimal("actual_qty").multiply(price)));
				}
			});
		return rows;
	}

	private static String teamKey(String enterpriseCode, String teamCode) {
		return enterpriseCode + "\u0000" + teamCode;
	}

	/** The enterprises with a loaded submission for a month from {@code from} through {@code to}. */
	public List<String> enterprisesWithRows(YearMonth from, YearMonth to) {
		return jdbc.sql(ENTERPRISES_WITH_ROWS)
			.param("from", from.toString())
			.param("to", to.toString())
			.query(String.class)
			.list();
	}

	public List<AnnualPlanValue> annualPlanValues(int year) {
		return jdbc.sql(ANNUAL_PLAN_VALUES)
			.param("year", year)
			.query((rs, n) -> new AnnualPlanValue(rs.getString("enterprise_code"), year,
					rs.getBigDecimal("plan_value")))
			.list();
	}

	/** Per enterprise: the current version and when it came, and the latest rejected attempt. */
	public List<SubmissionFact> submissionFacts(YearMonth period) {
		Map<String, Builder> byEnterprise = new HashMap<>();
		jdbc.sql(SUBMISSIONS_OF_MONTH).param("period", period.toString()).query(rs -> {
			Builder b = byEnterprise.computeIfAbsent(rs.getString("enterprise_code"), k -> new Builder());
			LocalDateTime received = rs.getObject("received_at", LocalDateTime.class);
			if ("CURRENT".equals(rs.getString("status"))) {
				b.version = rs.getInt("version");
				b.received = received;
			}
			else if ("REJECTED".equals(rs.getString("status"))) {
				b.lastRejected = received;
			}
		});
		List<SubmissionFact> facts = new ArrayList<>();
		byEnterprise.forEach((code, b) -> facts.add(new SubmissionFact(code, period, b.version, b.received,
				b.lastRejected != null, b.lastRejected)));
		return facts;
	}

	public List<DataWarning> warnings(YearMonth period) {
		return jdbc.sql(WARNINGS_OF_MONTH)
			.param("period", period.toString())
			.query(FiguresQueries::warning)
			.list();
	}

	/** As {@link #warnings(YearMonth)}, for the given enterprises only. */
	public List<DataWarning> warnings(YearMonth period, Collection<String> enterpriseCodes) {
		if (enterpriseCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(WARNINGS_OF_MONTH_OF)
			.param("period", period.toString())
			.param("enterprises", enterpriseCodes)
			.query(FiguresQueries::warning)
			.list();
	}

	private static DataWarning warning(ResultSet rs, int row) throws SQLException {
		String sheet = rs.getString("sheet_name");
		String cell = rs.getString("cell_ref");
		String location = sheet == null ? "" : cell == null ? sheet : sheet + "!" + cell;
		return new DataWarning(rs.getString("enterprise_code"), rs.getString("code"), location,
				rs.getString("column_name"), rs.getString("found_value"), rs.getString("message"));
	}

	/** Names the warehouse state the figures come from, so a bulletin can say what it was built on. */
	public DataVersion dataVersion() {
		return jdbc.sql(DATA_VERSION).query((rs, n) -> {
			long loaded = rs.getLong("loaded");
			LocalDateTime at = rs.getObject("last_at", LocalDateTime.class);
			return new DataVersion(loaded, loaded == 0 ? 0 : rs.getLong("last_id"), at == null ? null : at.withNano(0));
		}).single();
	}

	private static final class Builder {

		int version;

		LocalDateTime received;

		LocalDateTime lastRejected;

	}


	/** The latest month with loaded figures, if any. */
	public Optional<YearMonth> latestLoadedPeriod() {
		return jdbc.sql(LATEST_LOADED_PERIOD).query(String.class).optional().map(YearMonth::parse);
	}

	/** The team lines of the enterprise's last loaded month before {@code period}, in sheet order. */
	public List<TeamLine> lastTeamLines(String enterpriseCode, YearMonth period) {
		return jdbc.sql(LAST_TEAM_LINES)
			.param("enterprise", enterpriseCode)
			.param("period", period.toString())
			.query((rs, n) -> {
				int headcount = rs.getInt("headcount");
				return new TeamLine(rs.getString("section"), rs.getString("team_code"), rs.getString("team_name"),
						rs.getString("indicator_code"), rs.wasNull() ? null : headcount, rs.getBoolean("striving_title"));
			})
			.list();
	}

}
