package org.catchup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a consolidation leaves behind, without what legitimately differs between two runs of the
 * same inbox (ids, execution ids, clock times): fact rows with their version and status, the
 * submissions, their problem lists, the team table, and where every file ended up (with the
 * content of each problem list).
 */
record WarehouseSnapshot(List<String> facts, List<String> submissions, List<String> problems, List<String> teams,
		List<String> files) {

	static WarehouseSnapshot of(Connection connection, Path dataDir) throws SQLException {
		return new WarehouseSnapshot(rows(connection, """
				SELECT s.enterprise_code, s.period, s.version, s.status, f.team_code, f.indicator_code, f.team_name,
				       f.section, f.sheet_row, f.plan_qty, f.actual_qty, f.headcount, f.striving_title, f.remarks
				FROM fact f JOIN submission s ON s.id = f.submission_id
				ORDER BY s.enterprise_code, s.period, s.version, f.team_code, f.indicator_code"""),
				rows(connection, """
						SELECT file_name, enterprise_code, period, version, status, content_hash, submitted_by,
						       received_at, row_count, error_count, warning_count, filed_at IS NOT NULL AS filed
						FROM submission ORDER BY file_name, id"""),
				rows(connection, """
						SELECT s.file_name, p.seq, p.severity, p.code, p.sheet_name, p.cell_ref, p.column_name,
						       p.found_value, p.message
						FROM submission_problem p JOIN submission s ON s.id = p.submission_id
						ORDER BY s.file_name, p.seq"""),
				rows(connection, "SELECT * FROM team ORDER BY enterprise_code, team_code"), files(dataDir));
	}

	/** Asserts the same warehouse and folders as {@code expected}, part by part, for a readable failure. */
	void assertSameAs(WarehouseSnapshot expected) {
		assertThat(facts()).as("fact rows").containsExactlyElementsOf(expected.facts());
		assertThat(submissions()).as("submissions and versions")
			.containsExactlyElementsOf(expected.submissions());
		assertThat(problems()).as("problem lists")
			.containsExactlyElementsOf(expected.problems());
		assertThat(teams()).as("teams").containsExactlyElementsOf(expected.teams());
		assertThat(files()).as("every file filed exactly once")
			.containsExactlyElementsOf(expected.files());
	}

	/** Relative paths under inbox/, archive/ and rejected/; a problem list with its content. */
	static List<String> files(Path dataDir) {
		List<String> files = new ArrayList<>();
		for (String folder : List.of("inbox", "archive", "rejected")) {
			Path root = dataDir.resolve(folder);
			if (!Files.isDirectory(root)) {
				continue;
			}
			try (Stream<Path> walk = Files.walk(root)) {
				for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
					String name = dataDir.relativize(file).toString();
					files.add(name.endsWith(".problems.csv") ? name + "\n" + Files.readString(file, StandardCharsets.UTF_8)
							: name);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return files;
	}

	static List<String> rows(Connection connection, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			ResultSetMetaData meta = rs.getMetaData();
			while (rs.next()) {
				StringBuilder row = new StringBuilder();
				for (int c = 1; c <= meta.getColumnCount(); c++) {
					row.append(c == 1 ? "" : " | ").append(rs.getString(c));
				}
				rows.add(row.toString());
			}
		}
		return rows;
	}

	/** Job executions the repository still shows running. */
	static List<String> unfinishedExecutions(Connection connection) throws SQLException {
		return rows(connection, """
				SELECT JOB_EXECUTION_ID, STATUS FROM BATCH_JOB_EXECUTION
				WHERE STATUS IN ('STARTING', 'STARTED', 'STOPPING') ORDER BY JOB_EXECUTION_ID""");
	}

}
