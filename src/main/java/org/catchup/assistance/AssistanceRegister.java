package org.catchup.assistance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.catchup.figures.RegisteredAssistance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The assistance register's tables (SPEC §9): the agreed pairs and every change to them, with
 * who made it, when and through what. Callers run inside their own transaction.
 */
@Repository
public class AssistanceRegister {

	/** Where a change came from. */
	public enum Source {
		WEB, API, JOB
	}

	/** What happened to one registered pair, for its history. */
	public enum Action {
		ADDED, UPDATED, ENDED
	}

	/** How loading one entry changed the register. */
	public enum Change {
		ADDED, UPDATED, UNCHANGED
	}

	/** What identifies a pair in the register: both teams and the first month of help. */
	public record Key(String helpedEnterprise, String helpedTeam, String helperEnterprise, String helperTeam,
			YearMonth from) {

		public static Key of(RegisteredAssistance pair) {
			return new Key(pair.helpedEnterpriseCode(), pair.helpedTeamCode(), pair.helperEnterpriseCode(),
					pair.helperTeamCode(), pair.from());
		}

	}

	/** A stored pair with its id. */
	public record Stored(long id, RegisteredAssistance assistance) {
	}

	private static final String COLUMNS = """
			id, helped_enterprise_code, helped_team_code, helper_enterprise_code, helper_team_code,
			from_period, to_period, note""";

	private static final String FIND_BY_KEY = "SELECT " + COLUMNS + """
			 FROM assistance
			WHERE helped_enterprise_code = :helpedEnterprise AND helped_team_code = :helpedTeam
			  AND helper_enterprise_code = :helperEnterprise AND helper_team_code = :helperTeam
			  AND from_period = :from""";

	private static final String ACTIVE_IN = "SELECT " + COLUMNS + """
			 FROM assistance
			WHERE from_period <= :month AND (to_period IS NULL OR to_period >= :month)
			ORDER BY helped_enterprise_code, helped_team_code, from_period, helper_enterprise_code, helper_team_code""";

	private static final String INSERT = """
			INSERT INTO assistance (helped_enterprise_code, helped_team_code, helper_enterprise_code,
			    helper_team_code, from_period, to_period, note, created_by, created_at, updated_by, updated_at)
			VALUES (:helpedEnterprise, :helpedTeam, :helperEnterprise, :helperTeam, :from, :to, :note,
			    :who, :at, :who, :at)""";

	private static final String UPDATE = """
			UPDATE assistance SET to_period = :to, note = :note, updated_by = :who, updated_at = :at
			WHERE id = :id""";

	private static final String INSERT_CHANGE = """
			INSERT INTO assistance_change (assistance_id, action, source, changed_by, changed_at, to_period, note)
			VALUES (:id, :action, :source, :who, :at, :to, :note)""";

	private static final String ALL = "SELECT " + COLUMNS + """
			 FROM assistance
			ORDER BY from_period DESC, helped_enterprise_code, helped_team_code, helper_enterprise_code,
			    helper_team_code""";

	private static final String BY_ID = "SELECT " + COLUMNS + " FROM assistance WHERE id = :id";

	private static final String END = """
			UPDATE assistance SET to_period = :to, updated_by = :who, updated_at = :at
			WHERE id = :id""";

	private static final String HISTORY = """
			SELECT action, source, changed_by, changed_at, to_period, note FROM assistance_change
			WHERE assistance_id = :id ORDER BY changed_at, id""";

	private static final String KNOWN_TEAMS = "SELECT enterprise_code, team_code FROM team";

	private static final String TEAMS = """
			SELECT enterprise_code, team_code, team_name FROM team ORDER BY enterprise_code, team_code""";

	/** A team a pair may name, for pickers. */
	public record KnownTeam(String enterprise, String team, String name) {
	}

	/** One recorded change of a pair. */
	public record Recorded(Action action, Source source, String changedBy, LocalDateTime changedAt, YearMonth to,
			String note) {
	}

	private final JdbcClient jdbc;

	public AssistanceRegister(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every team that appeared in a loaded submission, by enterprise. */
	public Set<PairRules.TeamRef> knownTeams() {
		return new HashSet<>(jdbc.sql(KNOWN_TEAMS)
			.query((rs, n) -> new PairRules.TeamRef(rs.getString(1), rs.getString(2)))
			.list());
	}

	/** Every team that appeared in a loaded submission, with its latest name, by enterprise and code. */
	public List<KnownTeam> teams() {
		return jdbc.sql(TEAMS)
			.query((rs, n) -> new KnownTeam(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	public Optional<Stored> find(AssistanceRegister.Key key) {
		return jdbc.sql(FIND_BY_KEY)
			.param("helpedEnterprise", key.helpedEnterprise())
			.param("helpedTeam", key.helpedTeam())
			.param("helperEnterprise", key.helperEnterprise())
			.param("helperTeam", key.helperTeam())
			.param("from", key.from().toString())
			.query((rs, n) -> stored(rs))
			.optional();
	}

	/** The pairs whose help runs in {@code month} (From ≤ month, and no To or To ≥ month). */
	public List<Stored> activeIn(YearMonth month) {
		return jdbc.sql(ACTIVE_IN).param("month", month.toString()).query((rs, n) -> stored(rs)).list();
	}

	/** Every registered pair, the latest start first. */
	public List<Stored> all() {
		return jdbc.sql(ALL).query((rs, n) -> stored(rs)).list();
	}

	public Optional<Stored> byId(long id) {
		return jdbc.sql(BY_ID).param("id", id).query((rs, n) -> stored(rs)).optional();
	}

	/** Sets the last month of the help and records who ended it. */
	public void end(long id, YearMonth to, Source source, String who, LocalDateTime at) {
		jdbc.sql(END).param("id", id).param("to", to.toString()).param("who", who).param("at", at).update();
		RegisteredAssistance ended = byId(id).orElseThrow().assistance();
		recordChange(id, Action.ENDED, source, who, at, ended);
	}

	/** The changes of one pair, oldest first. */
	public List<Recorded> history(long id) {
		return jdbc.sql(HISTORY).param("id", id).query((rs, n) -> {
			String to = rs.getString("to_period");
			return new Recorded(Action.valueOf(rs.getString("action")), Source.valueOf(rs.getString("source")),
					rs.getString("changed_by"), rs.getObject("changed_at", LocalDateTime.class),
					to == null ? null : YearMonth.parse(to), rs.getString("note"));
		}).list();
	}

	/**
	 * Stores {@code entry} keyed by its pair and start month: a new key is added, a changed To or
	 * note updates the row, the same values change nothing (and record no change).
	 */
	public Change put(RegisteredAssistance entry, Source source, String who, LocalDateTime at) {
		Optional<Stored> existing = find(Key.of(entry));
		if (existing.isEmpty()) {
			KeyHolder key = new GeneratedKeyHolder();
			jdbc.sql(INSERT)
				.param("helpedEnterprise", entry.helpedEnterpriseCode())
				.param("helpedTeam", entry.helpedTeamCode())
				.param("helperEnterprise", entry.helperEnterpriseCode())
				.param("helperTeam", entry.helperTeamCode())
				.param("from", entry.from().toString())
				.param("to", month(entry.to()))
				.param("note", entry.note())
				.param("who", who)
				.param("at", at)
				.update(key, "id");
			recordChange(key.getKey().longValue(), Action.ADDED, source, who, at, entry);
			return Change.ADDED;
		}
		RegisteredAssistance stored = existing.get().assistance();
		if (Objects.equals(stored.to(), entry.to()) && Objects.equals(stored.note(), entry.note())) {
			return Change.UNCHANGED;
		}
		long id = existing.get().id();
		jdbc.sql(UPDATE)
			.param("id", id)
			.param("to", month(entry.to()))
			.param("note", entry.note())
			.param("who", who)
			.param("at", at)
			.update();
		recordChange(id, Action.UPDATED, source, who, at, entry);
		return Change.UPDATED;
	}

	private void recordChange(long id, Action action, Source source, String who, LocalDateTime at,
			RegisteredAssistance entry) {
		jdbc.sql(INSERT_CHANGE)
			.param("id", id)
			.param("action", action.name())
			.param("source", source.name())
			.param("who", who)
			.param("at", at)
			.param("to", month(entry.to()))
			.param("note", entry.note())
			.update();
	}

	private static Stored stored(ResultSet rs) throws SQLException {
		String to = rs.getString("to_period");
		return new Stored(rs.getLong("id"),
				new RegisteredAssistance(rs.getString("helper_enterprise_code"), rs.getString("helper_team_code"),
						rs.getString("helped_enterprise_code"), rs.getString("helped_team_code"),
						YearMonth.parse(rs.getString("from_period")), to == null ? null : YearMonth.parse(to),
						rs.getString("note")));
	}

	private static String month(YearMonth month) {
		return month == null ? null : month.toString();
	}

}
