package org.catchup.bulletin;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which teams strive for the "Socialist Labor Team" title in a month, as their current submission says. */
@Repository
public class StrivingTitles {

	private static final String STRIVING_TEAMS = """
			SELECT DISTINCT s.enterprise_code, f.team_code
			FROM submission s
			JOIN fact f ON f.submission_id = s.id
			WHERE s.period = :period AND s.status = 'CURRENT' AND f.striving_title = TRUE
			AND s.enterprise_code IN (:enterprises)""";

	private final JdbcClient jdbc;

	public StrivingTitles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The teams of the given enterprises that strive for the title; keys made with {@link #key(String, String)}. */
	public Set<String> teamsIn(YearMonth month, Collection<String> enterpriseCodes) {
		return new HashSet<>(jdbc.sql(STRIVING_TEAMS)
			.param("period", month.toString())
			.param("enterprises", enterpriseCodes)
			.query((rs, n) -> key(rs.getString("enterprise_code"), rs.getString("team_code")))
			.list());
	}

	static String key(String enterpriseCode, String teamCode) {
		return enterpriseCode + "\u0000" + teamCode;
	}

}
