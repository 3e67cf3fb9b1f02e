package org.catchup.warehouse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The workbooks submitted through the web application (table {@code web_upload}). */
@Repository
public class WebUploads {

	private static final int MAX_NAME = 500;

	private static final String SELECT = """
			SELECT inbox_name, uploaded_name, content_hash, enterprise_code, period, submitted_at
			FROM web_upload""";

	private final JdbcClient jdbc;

	WebUploads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(String inboxName, String uploadedName, String contentHash, String enterpriseCode,
			String period, String uploadedBy, LocalDateTime at) {
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
	public void forget(String inboxName) {
		jdbc.sql("DELETE FROM web_upload WHERE inbox_name = :inbox").param("inbox", inboxName).update();
	}

	public List<WebUpload> withInboxName(String inboxName) {
		return jdbc.sql(SELECT + " WHERE inbox_name = :inbox").param("inbox", inboxName).query(WebUploads::row).list();
	}

	/** The enterprises' uploads, newest first. */
	public List<WebUpload> of(Collection<String> enterprises) {
		if (enterprises.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " WHERE enterprise_code IN (:codes) ORDER BY submitted_at DESC")
			.param("codes", enterprises)
			.query(WebUploads::row)
			.list();
	}

	public List<WebUpload> withContent(String contentHash) {
		return jdbc.sql(SELECT + " WHERE content_hash = :hash").param("hash", contentHash).query(WebUploads::row).list();
	}

	private static WebUpload row(ResultSet rs, int n) throws SQLException {
		return new WebUpload(rs.getString("inbox_name"), rs.getString("uploaded_name"), rs.getString("content_hash"),
				rs.getString("enterprise_code"), rs.getString("period"),
				rs.getObject("submitted_at", LocalDateTime.class));
	}

}
