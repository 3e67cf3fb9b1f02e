package org.catchup.web.finance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.catchup.submission.StoredSubmission;
import org.catchup.system.CatchUpProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The submission log as finance staff see it: their enterprises' versions and rejections, and what waits in the inbox. */
@Repository
public class SubmissionLog {

	private static final String SELECT = """
			SELECT id, enterprise_code, period, version, status, file_name, submitted_by, received_at,
			       row_count, error_count, warning_count
			FROM submission""";

	private final JdbcClient jdbc;

	private final CatchUpProperties properties;

	SubmissionLog(JdbcClient jdbc, CatchUpProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	public Optional<StoredSubmission> find(long id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(SubmissionLog::map).optional();
	}

	/** Newest period first, then newest attempt first. */
	List<StoredSubmission> of(Collection<String> enterprises) {
		if (enterprises.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " WHERE enterprise_code IN (:codes) ORDER BY period DESC, id DESC")
			.param("codes", enterprises)
			.query(SubmissionLog::map)
			.list();
	}

	/** Files submitted through the web app that the consolidation has not taken yet. */
	List<String> waiting(Collection<String> enterprises) {
		Path inbox = properties.inbox();
		if (!Files.isDirectory(inbox)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(inbox)) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> !name.endsWith(".part"))
				.filter(name -> enterprises.stream().anyMatch(code -> name.startsWith(code + "-")))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the inbox", ex);
		}
	}

	private static StoredSubmission map(ResultSet rs, int row) throws SQLException {
		int version = rs.getInt("version");
		return new StoredSubmission(rs.getLong("id"), rs.getString("enterprise_code"), rs.getString("period"),
				rs.wasNull() ? null : version, rs.getString("status"), rs.getString("file_name"),
				rs.getString("submitted_by"), rs.getObject("received_at", LocalDateTime.class), rs.getInt("row_count"),
				rs.getInt("error_count"), rs.getInt("warning_count"));
	}

}
