package org.catchup.warehouse;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Submissions, their fact rows and problems, and the team history the check consults. */
@Repository
public class SubmissionRepository {

	private static final String SELECT_SUBMISSION = """
			SELECT id, enterprise_code, period, version, status, file_name, submitted_by, received_at,
			       row_count, error_count, warning_count
			FROM submission""";

	private static final String INSERT_SUBMISSION = """
			INSERT INTO submission (enterprise_code, period, version, status, content_hash, file_name, submitted_by,
			    received_at, consolidated_at, row_count, error_count, warning_count, job_execution_id)
			VALUES (:enterprise, :period, :version, :status, :hash, :fileName, :submittedBy,
			    :receivedAt, :consolidatedAt, :rowCount, :errorCount, :warningCount, :jobExecutionId)""";

	/** {@link #INSERT_SUBMISSION} with its parameters by position, for a batch of rows. */
	private static final String INSERT_SUBMISSIONS = """
			INSERT INTO submission (enterprise_code, period, version, status, content_hash, file_name, submitted_by,
			    received_at, consolidated_at, row_count, error_count, warning_count, job_execution_id)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	static final String INSERT_FACT = """
			INSERT INTO fact (submission_id, enterprise_code, period, team_code, indicator_code, team_name, section,
			    sheet_row, plan_qty, actual_qty, headcount, striving_title, remarks)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_PROBLEM = """
			INSERT INTO submission_problem (submission_id, seq, severity, code, sheet_name, cell_ref, column_name,
			    found_value, message)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	/** How a team row arriving for a period merges into the one on record (see below). */
	static final String MERGE_TEAM = """
			    team_name = CASE WHEN VALUES(last_period) >= last_period THEN VALUES(team_name) ELSE team_name END,
			    section = CASE WHEN VALUES(last_period) >= last_period THEN VALUES(section) ELSE section END,
			    first_period = LEAST(first_period, VALUES(first_period)),
			    last_period = GREATEST(last_period, VALUES(last_period))""";

	// The team table follows the latest period a team reported in; an older period resubmitted
	// only widens first_period. Name and section are assigned before last_period on purpose.
	// Grouped by (submission_id, team_code) (a submission has one enterprise), so the fact
	// primary key's order serves the grouping. Every load runs READ COMMITTED (ConsolidationJobConfiguration),
	// where the SELECT is a consistent read that locks no fact row; under REPEATABLE READ it
	// would lock the end of the fact table until commit and hold up every other load's facts.
	private static final String UPSERT_SUBMISSION_TEAMS = """
			INSERT INTO team (enterprise_code, team_code, team_name, section, first_period, last_period)
			SELECT MIN(enterprise_code), team_code, MAX(team_name), MAX(section), MIN(period), MAX(period)
			FROM fact WHERE submission_id IN (:ids)
			GROUP BY submission_id, team_code
			ON DUPLICATE KEY UPDATE
			""" + MERGE_TEAM;

	// Both halves of the history in one round trip, for one enterprise or several: the
	// enterprises' known teams (kind T), then a year of actual ranges per team and indicator
	// (kind R). The ranges start from the enterprises' current versions (the submission's unique
	// key leads with enterprise and period) and reach their facts by primary key: filtered on
	// fact's own (period, enterprise) index instead, MariaDB scanned every enterprise's facts of
	// the year, once per file. Several enterprises in one statement: the statement and its round
	// trip, not the rows, were most of its cost per file (performance notes).
	private static final String TEAM_HISTORY = """
			SELECT 'T' AS kind, enterprise_code, team_code, team_name, NULL AS indicator_code,
			       CAST(NULL AS DECIMAL(19, 4)) AS lowest, CAST(NULL AS DECIMAL(19, 4)) AS highest
			FROM team WHERE enterprise_code IN (:enterprises)
			UNION ALL
			SELECT 'R', s.enterprise_code, f.team_code, NULL, f.indicator_code, MIN(f.actual_qty), MAX(f.actual_qty)
			FROM submission s JOIN fact f ON f.submission_id = s.id
			WHERE s.enterprise_code IN (:enterprises) AND s.period >= :from AND s.period < :period
			  AND s.status = 'CURRENT'
			GROUP BY s.enterprise_code, f.team_code, f.indicator_code""";

	// Read under the enterprises' locks (see lockVersions), so neither half can change before
	// commit: the highest version of each of their periods (V rows), and which of the contents
	// some other submission already has (H rows).
	private static final String SLOTS_UNDER_LOCK = """
			SELECT 'V' AS kind, enterprise_code AS k, period AS p, COALESCE(MAX(version), 0) AS n
			FROM submission WHERE enterprise_code IN (:enterprises)
			GROUP BY enterprise_code, period
			UNION ALL
			SELECT 'H', content_hash, NULL, COUNT(*)
			FROM submission WHERE content_hash IN (:hashes) AND id <> :id
			GROUP BY content_hash""";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	public SubmissionRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/**
	 * For each of the contents consolidated before, the earliest submission of it, and whether
	 * its file has left the inbox ({@link #markFiled}).
	 */
	public Map<String, Seen> findByContentHashes(Collection<String> contentHashes) {
		Map<String, Seen> seen = new HashMap<>();
		if (contentHashes.isEmpty()) {
			return seen;
		}
		jdbc.sql("""
				SELECT id, enterprise_code, period, version, status, file_name, submitted_by, received_at,
				       row_count, error_count, warning_count, content_hash, filed_at
				FROM submission WHERE content_hash IN (:hashes) ORDER BY id""")
			.param("hashes", contentHashes)
			.query(rs -> {
				seen.putIfAbsent(rs.getString("content_hash"),
						new Seen(mapSubmission(rs, 0), rs.getObject("filed_at") != null));
			});
		return seen;
	}

	/** A submission of content seen before, and whether its file was filed away. */
	public record Seen(StoredSubmission submission, boolean filed) {
	}

	/** The earliest submission consolidated from a file with this content, if any. */
	public Optional<StoredSubmission> findByContentHash(String contentHash) {
		return Optional.ofNullable(findByContentHashes(List.of(contentHash)).get(contentHash)).map(Seen::submission);
	}

	public Optional<StoredSubmission> findCurrent(String enterpriseCode, YearMonth period) {
		return jdbc.sql(SELECT_SUBMISSION + " WHERE enterprise_code = :enterprise AND period = :period AND status = 'CURRENT'")
			.param("enterprise", enterpriseCode)
			.param("period", period.toString())
			.query(this::mapSubmission)
			.optional();
	}

	/** Every version and rejected attempt for (enterprise, period), oldest first. */
	public List<StoredSubmission> history(String enterpriseCode, YearMonth period) {
		return jdbc.sql(SELECT_SUBMISSION + " WHERE enterprise_code = :enterprise AND period = :period ORDER BY id")
			.param("enterprise", enterpriseCode)
			.param("period", period.toString())
			.query(this::mapSubmission)
			.list();
	}

	/**
	 * Locks the enterprises' rows until commit, in code order, so two transactions locking some of
	 * the same never wait on each other crosswise: an enterprise's loads go one at a time, other
	 * enterprises' go on. Then reads what the loads need under those locks ({@link VersionSlots}):
	 * each reads what the one before it committed, so versions follow one another without gaps,
	 * and the same content twice (two files, or a file and an upload) is loaded once.
	 * {@code exceptId} is a submission row of the caller's own to leave out, or 0.
	 */
	public VersionSlots lockVersions(Collection<String> enterpriseCodes, Collection<String> contentHashes,
			long exceptId) {
		List<String> codes = enterpriseCodes.stream().distinct().sorted().toList();
		List<String> locked = jdbc.sql("SELECT code FROM enterprise WHERE code IN (:codes) ORDER BY code FOR UPDATE")
			.param("codes", codes)
			.query(String.class)
			.list();
		if (locked.size() != codes.size()) {
			List<String> missing = new ArrayList<>(codes);
			missing.removeAll(locked);
			throw new IllegalStateException("No enterprise " + String.join(", ", missing));
		}
		VersionSlots slots = new VersionSlots();
		jdbc.sql(SLOTS_UNDER_LOCK)
			.param("enterprises", codes)
			.param("hashes", contentHashes.isEmpty() ? List.of("") : contentHashes)
			.param("id", exceptId)
			.query(rs -> {
				if ("V".equals(rs.getString("kind"))) {
					slots.lastVersion(rs.getString("k"), YearMonth.parse(rs.getString("p")), rs.getInt("n"));
				}
				else {
					slots.contentStored(rs.getString("k"));
				}
			});
		return slots;
	}

	/**
	 * Version {@code version} of (enterprise, period), by a locking read on its unique key: it sees
	 * a version committed after this transaction began, and locks that one row only (a locking scan
	 * would also wait on other uploads' uncommitted rows and deadlock with them).
	 */
	public Optional<StoredSubmission> findVersionForUpdate(String enterpriseCode, YearMonth period, int version) {
		return jdbc
			.sql(SELECT_SUBMISSION
					+ " WHERE enterprise_code = :enterprise AND period = :period AND version = :version FOR UPDATE")
			.param("enterprise", enterpriseCode)
			.param("period", period.toString())
			.param("version", version)
			.query(this::mapSubmission)
			.optional();
	}

	/** Marks one loaded version as replaced by a newer one. */
	public void supersede(long submissionId) {
		jdbc.sql("UPDATE submission SET status = 'SUPERSEDED' WHERE id = :id AND status = 'CURRENT'")
			.param("id", submissionId)
			.update();
	}

	/** Records that the submissions' files were moved to the archive or the rejected folder. */
	public void markFiled(Collection<Long> submissionIds, LocalDateTime at) {
		if (submissionIds.isEmpty()) {
			return;
		}
		jdbc.sql("UPDATE submission SET filed_at = :at WHERE id IN (:ids) AND filed_at IS NULL")
			.param("at", at)
			.param("ids", submissionIds)
			.update();
	}

	/**
	 * Submissions not yet recorded as filed: their file is still in the inbox, or a run was
	 * killed between moving it and recording that. Read once a night, so it scans the table
	 * rather than have every submission row maintain an index entry for its mark.
	 */
	public List<Unfiled> findUnfiled() {
		return jdbc.sql("""
				SELECT id, status, period, file_name, content_hash FROM submission
				WHERE filed_at IS NULL ORDER BY id""")
			.query((rs, n) -> new Unfiled(rs.getLong("id"), rs.getString("status"), rs.getString("period"),
					rs.getString("file_name"), rs.getString("content_hash")))
			.list();
	}

	/** A submission whose file has not been recorded as filed. */
	public record Unfiled(long id, String status, String period, String fileName, String contentHash) {
	}

	public void supersedeCurrent(String enterpriseCode, YearMonth period) {
		jdbc.sql("""
				UPDATE submission SET status = 'SUPERSEDED'
				WHERE enterprise_code = :enterprise AND period = :period AND status = 'CURRENT'""")
			.param("enterprise", enterpriseCode)
			.param("period", period.toString())
			.update();
	}

	/**
	 * Several submission rows in one batched statement (one multi-row INSERT where the driver
	 * rewrites batches); their ids in the same order.
	 */
	public List<Long> insertAll(List<NewSubmission> rows) {
		if (rows.size() == 1) {
			return List.of(insert(rows.get(0)));
		}
		KeyHolder keys = new GeneratedKeyHolder();
		jdbcTemplate.batchUpdate(con -> con.prepareStatement(INSERT_SUBMISSIONS, new String[] { "id" }),
				new BatchPreparedStatementSetter() {
					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						NewSubmission s = rows.get(i);
						// bound as the single insert binds them, the title block's text cut to fit alike
						Object[] values = { truncate(s.enterpriseCode(), 32), s.period(), s.version(), s.status(),
								s.contentHash(), truncate(s.fileName(), 255), truncate(s.submittedBy(), 200),
								s.receivedAt(), s.consolidatedAt(), s.rowCount(), s.errorCount(), s.warningCount(),
								s.jobExecutionId() };
						for (int p = 0; p < values.length; p++) {
							StatementCreatorUtils.setParameterValue(ps, p + 1, SqlTypeValue.TYPE_UNKNOWN, values[p]);
						}
					}

					@Override
					public int getBatchSize() {
						return rows.size();
					}
				}, keys);
		List<Long> ids = keys.getKeyList().stream().map(key -> ((Number) key.values().iterator().next()).longValue())
			.toList();
		if (ids.size() != rows.size()) {
			// never guess which row got which id
			throw new IllegalStateException(
					"The database returned " + ids.size() + " ids for " + rows.size() + " submission rows");
		}
		return ids;
	}

	public long insert(NewSubmission s) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(INSERT_SUBMISSION)
			// a rejected file's title block may hold anything; what does not fit is cut, never a failed run
			.param("enterprise", truncate(s.enterpriseCode(), 32))
			.param("period", s.period())
			.param("version", s.version())
			.param("status", s.status())
			.param("hash", s.contentHash())
			.param("fileName", truncate(s.fileName(), 255))
			.param("submittedBy", truncate(s.submittedBy(), 200))
			.param("receivedAt", s.receivedAt())
			.param("consolidatedAt", s.consolidatedAt())
			.param("rowCount", s.rowCount())
			.param("errorCount", s.errorCount())
			.param("warningCount", s.warningCount())
			.param("jobExecutionId", s.jobExecutionId())
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** Fills in what is known only once the whole file has been read: its title block, version and counts. */
	public void complete(long id, String enterpriseCode, YearMonth period, String submittedBy, int version,
			long rowCount, long warningCount) {
		jdbc.sql("""
				UPDATE submission SET enterprise_code = :enterprise, period = :period, version = :version,
				    status = 'CURRENT', submitted_by = :submittedBy, row_count = :rowCount, warning_count = :warnings
				WHERE id = :id""")
			.param("enterprise", enterpriseCode)
			.param("period", period.toString())
			.param("version", version)
			.param("submittedBy", truncate(submittedBy, 200))
			.param("rowCount", rowCount)
			.param("warnings", warningCount)
			.param("id", id)
			.update();
	}

	static void bindFact(PreparedStatement ps, long submissionId, String enterpriseCode, String period,
			FactLine line) throws SQLException {
		ps.setLong(1, submissionId);
		ps.setString(2, enterpriseCode);
		ps.setString(3, period);
		ps.setString(4, line.teamCode());
		ps.setString(5, line.indicator());
		ps.setString(6, line.storedTeamName());
		ps.setString(7, line.storedSection());
		ps.setInt(8, line.rowNumber());
		ps.setBigDecimal(9, line.plan());
		ps.setBigDecimal(10, line.actual());
		setNullableInt(ps, 11, line.headcount());
		ps.setBoolean(12, line.strivingForTitle());
		ps.setString(13, line.remarks());
	}

	public void insertProblems(long submissionId, List<StoredProblem> problems) {
		insertProblems(List.of(new ProblemsOf(submissionId, problems)));
	}

	/** The problems of several submissions in one batch. */
	public void insertProblems(List<ProblemsOf> submissions) {
		List<Object[]> rows = new ArrayList<>();
		for (ProblemsOf submission : submissions) {
			int seq = 0;
			for (StoredProblem p : submission.problems()) {
				rows.add(new Object[] { submission.submissionId(), ++seq, p.severity(), p.code(),
						truncate(p.sheet(), 100), p.cell(), truncate(p.column(), 200), truncate(p.value(), 500),
						truncate(p.message(), 1000) });
			}
		}
		if (!rows.isEmpty()) {
			jdbcTemplate.batchUpdate(INSERT_PROBLEM, rows);
		}
	}

	/** A stored submission's problems. */
	public record ProblemsOf(long submissionId, List<StoredProblem> problems) {
	}

	public List<StoredProblem> problems(long submissionId) {
		return jdbc.sql("""
				SELECT severity, code, sheet_name, cell_ref, column_name, found_value, message
				FROM submission_problem WHERE submission_id = :id ORDER BY seq""")
			.param("id", submissionId)
			.query((rs, n) -> new StoredProblem(rs.getString("severity"), rs.getString("code"),
					rs.getString("sheet_name"), rs.getString("cell_ref"),
					rs.getString("column_name"), rs.getString("found_value"), rs.getString("message")))
			.list();
	}

	/** The team table after a submission: its teams, from its facts, in one statement. */
	public void updateTeams(long submissionId) {
		updateTeams(List.of(submissionId));
	}

	/**
	 * One statement for several submissions: a team in two of them (two months of one
	 * enterprise) comes as two rows, and the upsert keeps the later month's name either way.
	 */
	public void updateTeams(Collection<Long> submissionIds) {
		if (!submissionIds.isEmpty()) {
			jdbc.sql(UPSERT_SUBMISSION_TEAMS).param("ids", submissionIds).update();
		}
	}

	/** The enterprise's teams as known before {@code period}, with a year of actual ranges. */
	public TeamsOnRecord teams(String enterpriseCode, YearMonth period) {
		return teams(List.of(enterpriseCode), period).get(enterpriseCode);
	}

	/** {@link #teams(String, YearMonth)} for several enterprises in one statement; every one of them is a key. */
	public Map<String, TeamsOnRecord> teams(Collection<String> enterpriseCodes, YearMonth period) {
		Map<String, TeamsOnRecord> records = new HashMap<>();
		enterpriseCodes.forEach(code -> records.put(code, new TeamsOnRecord(new HashMap<>(), new HashMap<>())));
		jdbc.sql(TEAM_HISTORY)
			.param("enterprises", enterpriseCodes)
			.param("from", period.minusMonths(12).toString())
			.param("period", period.toString())
			.query(rs -> {
				TeamsOnRecord record = records.get(rs.getString("enterprise_code"));
				if ("T".equals(rs.getString("kind"))) {
					record.names().put(rs.getString("team_code"), rs.getString("team_name"));
				}
				else {
					record.actualRanges()
						.computeIfAbsent(rs.getString("team_code"), k -> new HashMap<>())
						.put(rs.getString("indicator_code"),
								new TeamsOnRecord.ActualRange(rs.getBigDecimal("lowest"), rs.getBigDecimal("highest")));
				}
			});
		return records;
	}

	public long factCount(long submissionId) {
		return jdbc.sql("SELECT COUNT(*) FROM fact WHERE submission_id = :id")
			.param("id", submissionId)
			.query(Long.class)
			.single();
	}

	private StoredSubmission mapSubmission(java.sql.ResultSet rs, int rowNum) throws SQLException {
		int version = rs.getInt("version");
		return new StoredSubmission(rs.getLong("id"), rs.getString("enterprise_code"), rs.getString("period"),
				rs.wasNull() ? null : version, rs.getString("status"), rs.getString("file_name"),
				rs.getString("submitted_by"), rs.getObject("received_at", LocalDateTime.class), rs.getInt("row_count"),
				rs.getInt("error_count"), rs.getInt("warning_count"));
	}

	private static void setNullableInt(PreparedStatement ps, int index, Integer value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.INTEGER);
		}
		else {
			ps.setInt(index, value);
		}
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
