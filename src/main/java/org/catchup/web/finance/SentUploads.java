package org.catchup.web.finance;

import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.catchup.submission.StoredSubmission;
import org.catchup.submission.SubmissionRepository;
import org.catchup.system.CatchUpProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The workbooks submitted through the web application: recorded when they go into the inbox,
 * and read back with what the consolidation made of them. It only reads what the night decided
 * (versions, which of two identical copies is stored); it decides nothing itself.
 */
@Repository
public class SentUploads {

	/** Generated inbox names only: never a path. */
	private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private static final int MAX_NAME = 500;

	private static final String SELECT = """
			SELECT inbox_name, uploaded_name, content_hash, enterprise_code, period, submitted_at
			FROM web_upload""";

	private final JdbcClient jdbc;

	private final SubmissionLog log;

	private final SubmissionRepository submissions;

	private final CatchUpProperties properties;

	SentUploads(JdbcClient jdbc, SubmissionLog log, SubmissionRepository submissions, CatchUpProperties properties) {
		this.jdbc = jdbc;
		this.log = log;
		this.submissions = submissions;
		this.properties = properties;
	}

	void record(String inboxName, String uploadedName, String contentHash, String enterpriseCode, String period,
			String uploadedBy, LocalDateTime at) {
		jdbc.sql("""
				INSERT INTO web_upload (inbox_name, uploaded_name, content_hash, enterprise_code, period, uploaded_by,
				    submitted_at)
				VALUES (:inbox, :uploaded, :hash, :enterprise, :period, :by, :at)""")
			.param("inbox", inboxName)
			.param("uploaded", uploadedName.length() <= MAX_NAME ? uploadedName
					: uploadedName.substring(0, MAX_NAME - 1) + "…")
			.param("hash", contentHash)
			.param("enterprise", enterpriseCode)
			.param("period", period)
			.param("by", uploadedBy)
			.param("at", at)
			.update();
	}

	/** Forgets an upload that never reached the inbox. */
	void forget(String inboxName) {
		jdbc.sql("DELETE FROM web_upload WHERE inbox_name = :inbox").param("inbox", inboxName).update();
	}

	public Optional<SentUpload> find(String inboxName) {
		return settle(jdbc.sql(SELECT + " WHERE inbox_name = :inbox").param("inbox", inboxName).query(SentUploads::row).list())
			.stream()
			.findFirst();
	}

	/** The enterprises' uploads, newest first. */
	public List<SentUpload> of(Collection<String> enterprises) {
		if (enterprises.isEmpty()) {
			return List.of();
		}
		return settle(jdbc.sql(SELECT + " WHERE enterprise_code IN (:codes) ORDER BY submitted_at DESC")
			.param("codes", enterprises)
			.query(SentUploads::row)
			.list());
	}

	/** A submitted upload with this content that still waits in the inbox, if any. */
	Optional<SentUpload> waitingWith(String contentHash) {
		return settle(jdbc.sql(SELECT + " WHERE content_hash = :hash").param("hash", contentHash).query(SentUploads::row).list())
			.stream()
			.filter(upload -> upload.state() == SentUpload.State.WAITING)
			.findFirst();
	}

	private List<SentUpload> settle(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<String, StoredSubmission> own = log.byFileNames(rows.stream().map(Row::inboxName).toList());
		Map<String, SubmissionRepository.Seen> seen = submissions
			.findByContentHashes(rows.stream().map(Row::contentHash).distinct().toList());
		return rows.stream().map(row -> {
			StoredSubmission stored = own.get(row.inboxName());
			if (stored != null) {
				return row.as(StoredSubmission.REJECTED.equals(stored.status()) ? SentUpload.State.REJECTED
						: SentUpload.State.LOADED, stored, null);
			}
			if (inInbox(row.inboxName())) {
				return row.as(SentUpload.State.WAITING, null, null);
			}
			SubmissionRepository.Seen earlier = seen.get(row.contentHash());
			return earlier == null ? row.as(SentUpload.State.GONE, null, null)
					: row.as(SentUpload.State.IDENTICAL, null, earlier.submission());
		}).toList();
	}

	private boolean inInbox(String inboxName) {
		return PLAIN_NAME.matcher(inboxName).matches() && Files.isRegularFile(properties.inbox().resolve(inboxName));
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getString("inbox_name"), rs.getString("uploaded_name"), rs.getString("content_hash"),
				rs.getString("enterprise_code"), rs.getString("period"),
				rs.getObject("submitted_at", LocalDateTime.class));
	}

	private record Row(String inboxName, String uploadedName, String contentHash, String enterpriseCode, String period,
			LocalDateTime submittedAt) {

		SentUpload as(SentUpload.State state, StoredSubmission stored, StoredSubmission identical) {
			return new SentUpload(inboxName, uploadedName, enterpriseCode, period, submittedAt, state, stored,
					identical);
		}

	}

}
