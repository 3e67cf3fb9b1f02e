package org.catchup.warehouse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The submission log as finance staff see it: their enterprises' versions and rejections, under the names they uploaded. */
@Repository
public class SubmissionLog {

	// A workbook submitted through the web application shows under the name the clerk uploaded,
	// not under its generated inbox name (which stays in submission.file_name).
	private static final String SELECT = """
			SELECT s.id, s.enterprise_code, s.period, s.version, s.status,
			       COALESCE(u.uploaded_name, s.file_name) AS file_name, s.submitted_by, s.received_at,
			       s.row_count, s.error_count, s.warning_count, u.inbox_name
			FROM submission s
			LEFT JOIN web_upload u ON u.inbox_name = s.file_name AND u.content_hash = s.content_hash""";

	private final JdbcClient jdbc;

	SubmissionLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<StoredSubmission> find(long id) {
		return jdbc.sql(SELECT + " WHERE s.id = :id").param("id", id).query(SubmissionLog::map).optional();
	}

	/** Newest period first, then newest attempt first. */
	public List<StoredSubmission> of(Collection<String> enterprises) {
		if (enterprises.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " WHERE s.enterprise_code IN (:codes) ORDER BY s.period DESC, s.id DESC")
			.param("codes", enterprises)
			.query(SubmissionLog::map)
			.list();
	}

	/** Every version and rejected attempt for (enterprise, period), oldest first. */
	public List<StoredSubmission> history(String enterpriseCode, YearMonth period) {
		return jdbc.sql(SELECT + " WHERE s.enterprise_code = :enterprise AND s.period = :period ORDER BY s.id")
			.param("enterprise", enterpriseCode)
			.param("period", period.toString())
			.query(SubmissionLog::map)
			.list();
	}

	/** The submissions stored from these web uploads, by their inbox names. */
	public Map<String, StoredSubmission> byFileNames(Collection<String> inboxNames) {
		Map<String, StoredSubmission> found = new HashMap<>();
		jdbc.sql(SELECT + " WHERE u.inbox_name IN (:names) ORDER BY s.id")
			.param("names", inboxNames)
			.query(rs -> {
				found.putIfAbsent(rs.getString("inbox_name"), map(rs, 0));
			});
		return found;
	}

	private static StoredSubmission map(ResultSet rs, int row) throws SQLException {
		int version = rs.getInt("version");
		return new StoredSubmission(rs.getLong("id"), rs.getString("enterprise_code"), rs.getString("period"),
				rs.wasNull() ? null : version, rs.getString("status"), rs.getString("file_name"),
				rs.getString("submitted_by"), rs.getObject("received_at", LocalDateTime.class), rs.getInt("row_count"),
				rs.getInt("error_count"), rs.getInt("warning_count"));
	}

}
