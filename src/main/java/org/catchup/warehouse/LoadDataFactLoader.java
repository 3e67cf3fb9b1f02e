package org.catchup.warehouse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.conf.PropertySet;
import com.mysql.cj.jdbc.JdbcConnection;
import com.mysql.cj.jdbc.JdbcStatement;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Loads facts into MySQL/MariaDB with {@code LOAD DATA LOCAL INFILE}, fed from memory: the
 * parsing thread encodes checked lines into chunks, the loader thread runs the statement on the
 * transaction's connection and hands the chunks to Connector/J through
 * {@link JdbcStatement#setLocalInfileInputStream}. InnoDB rolls the rows back like inserts.
 * <p>
 * The driver never opens a file the server names: the statement always carries our stream, and
 * the connection must have {@code allowUrlInLocalInfile} off and {@code allowLoadLocalInfileInPath}
 * unset ({@link #supports} checks both). {@code LOCAL} turns key and conversion errors into
 * warnings, so any warning fails the load: it must be as strict as an INSERT.
 * <p>
 * On MariaDB the statement runs without foreign key checks ({@code SET STATEMENT … FOR}, which
 * ends with the statement, so the connection goes back to the pool as it was): the one key left
 * on the fact table points at the submission, and every row loaded here carries the id of a
 * submission row the caller's transaction has just written ({@link FactLoader}), so the check
 * could not fail; it cost a lookup per row, about 8 % of the server's time for a 1,000,000-row
 * file (performance.md). MySQL has no such statement prefix for {@code LOAD DATA}; there the
 * check stays.
 */
public class LoadDataFactLoader implements FactLoader {

	private static final int CHUNK = 64 * 1024;

	private static final String LOAD = """
			LOAD DATA LOCAL INFILE 'catchup-facts' INTO TABLE fact CHARACTER SET utf8mb4
			FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'
			(team_code, indicator_code, team_name, section, sheet_row, plan_qty, actual_qty, headcount,
			    striving_title, remarks)
			SET submission_id = %d, enterprise_code = %s, period = %s""";

	/** Several submissions in one statement: each row carries its submission, enterprise and period. */
	private static final String LOAD_ALL = """
			LOAD DATA LOCAL INFILE 'catchup-facts' INTO TABLE fact CHARACTER SET utf8mb4
			FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'
			(submission_id, enterprise_code, period, team_code, indicator_code, team_name, section, sheet_row,
			    plan_qty, actual_qty, headcount, striving_title, remarks)""";

	/**
	 * A streamed submission's teams, gathered as its lines went out ({@link SubmissionTeams}),
	 * for an enterprise with no team on record yet: nothing to merge, so they go straight in.
	 * After a 1,000,000-row file (250,000 teams) this took 1.0 s of the server's time where the
	 * grouped {@code INSERT … SELECT} over the facts took 2.9 s (same machine and minute).
	 */
	private static final String LOAD_TEAMS = """
			LOAD DATA LOCAL INFILE 'catchup-teams' INTO TABLE team CHARACTER SET utf8mb4
			FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'
			(team_code, team_name, section)
			SET enterprise_code = %s, first_period = %s, last_period = %s""";

	/** Whether the enterprise has teams on record; read under its lock, so it holds until commit. */
	private static final String HAS_TEAMS = "SELECT 1 FROM team WHERE enterprise_code = ? LIMIT 1";

	/**
	 * Where the gathered teams of an enterprise with teams on record wait to be merged: the
	 * connection's own, emptied before each use (a temporary table outlives a rollback). No key:
	 * the teams arrive distinct.
	 */
	private static final String CREATE_ARRIVED_TEAMS = """
			CREATE TEMPORARY TABLE IF NOT EXISTS arrived_team (
			    arrived_code VARCHAR(64) NOT NULL, arrived_name VARCHAR(200) NOT NULL,
			    arrived_section VARCHAR(200) NOT NULL)
			    CHARACTER SET utf8mb4""";

	private static final String EMPTY_ARRIVED_TEAMS = "DELETE FROM arrived_team";

	private static final String LOAD_ARRIVED_TEAMS = """
			LOAD DATA LOCAL INFILE 'catchup-teams' INTO TABLE arrived_team CHARACTER SET utf8mb4
			FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'
			(arrived_code, arrived_name, arrived_section)""";

	/**
	 * The arrived teams merged as {@link SubmissionRepository#updateTeams} merges them, without
	 * reading the submission's facts back.
	 */
	private static final String MERGE_ARRIVED_TEAMS = """
			INSERT INTO team (enterprise_code, team_code, team_name, section, first_period, last_period)
			SELECT ?, arrived_code, arrived_name, arrived_section, ?, ? FROM arrived_team
			ON DUPLICATE KEY UPDATE
			""" + SubmissionRepository.MERGE_TEAM;

	private static final String SERVER_LOCAL_INFILE = "SELECT @@GLOBAL.local_infile";

	/** MariaDB's prefix for one statement with the foreign key checks off. */
	private static final String WITHOUT_KEY_CHECKS = "SET STATEMENT foreign_key_checks = 0 FOR ";

	private final DataSource dataSource;

	/** Whether the server is MariaDB, asked of the first connection; null before. */
	private volatile Boolean mariaDb;

	public LoadDataFactLoader(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** {@code sql} with the foreign key checks off where the server allows it for one statement. */
	private String withoutKeyChecks(Connection connection, String sql) {
		Boolean known = mariaDb;
		if (known == null) {
			try {
				known = connection.getMetaData().getDatabaseProductVersion().contains("MariaDB");
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot tell the database server: " + ex.getMessage(), ex);
			}
			mariaDb = known;
		}
		return known ? WITHOUT_KEY_CHECKS + sql : sql;
	}

	/** True when the connection is Connector/J with local infile on and nothing but streams allowed. */
	public static boolean supports(Connection connection) throws SQLException {
		if (!connection.isWrapperFor(JdbcConnection.class)) {
			return false;
		}
		PropertySet properties = connection.unwrap(JdbcConnection.class).getPropertySet();
		return properties.getBooleanProperty(PropertyKey.allowLoadLocalInfile).getValue()
				&& !properties.getBooleanProperty(PropertyKey.allowUrlInLocalInfile).getValue()
				&& !properties.getStringProperty(PropertyKey.allowLoadLocalInfileInPath).isExplicitlySet();
	}

	/**
	 * Whether the server accepts {@code LOAD DATA LOCAL}: its {@code local_infile} is on in
	 * MariaDB but off in a stock MySQL 8, where every load would fail.
	 */
	public static boolean serverAcceptsLocalInfile(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(SERVER_LOCAL_INFILE)) {
			return result.next() && result.getBoolean(1);
		}
	}

	@Override
	public FactLoad begin(String enterpriseCode, YearMonth period, LongSupplier submissionId) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		String month = literal(period.toString());
		return new Load(connection, enterpriseCode, period.toString(),
				() -> withoutKeyChecks(connection,
						LOAD.formatted(submissionId.getAsLong(), literal(enterpriseCode), month)),
				() -> withoutKeyChecks(connection, LOAD_TEAMS.formatted(literal(enterpriseCode), month, month)));
	}

	@Override
	public long insertAll(List<HeldFacts> submissions) {
		TsvEncoder rows = new TsvEncoder(CHUNK);
		long count = 0;
		for (HeldFacts held : submissions) {
			String period = held.period().toString();
			for (FactLine line : held.lines()) {
				rows.number(held.submissionId());
				rows.tab();
				rows.text(held.enterpriseCode());
				rows.tab();
				rows.text(period);
				rows.tab();
				encode(line, rows);
				count++;
			}
		}
		if (count == 0) {
			return 0;
		}
		try {
			Connection connection = DataSourceUtils.getConnection(dataSource);
			long loaded = load(connection, withoutKeyChecks(connection, LOAD_ALL), new ByteArrayInputStream(rows.take()));
			if (loaded != count) {
				throw new IllegalStateException("LOAD DATA stored " + loaded + " of " + count + " fact rows");
			}
			return loaded;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Loading facts failed: " + ex.getMessage(), ex);
		}
	}

	/** One row's own columns, tab-separated, and the line's end. */
	private static void encode(FactLine line, TsvEncoder rows) {
		rows.text(line.teamCode());
		rows.tab();
		rows.text(line.indicator());
		rows.tab();
		rows.text(line.storedTeamName());
		rows.tab();
		rows.text(line.storedSection());
		rows.tab();
		rows.number(line.rowNumber());
		rows.tab();
		rows.number(line.plan());
		rows.tab();
		rows.number(line.actual());
		rows.tab();
		rows.number(line.headcount());
		rows.tab();
		rows.number(line.strivingForTitle() ? 1 : 0);
		rows.tab();
		rows.text(line.remarks());
		rows.newline();
	}

	/** Runs a LOAD DATA statement that reads {@code rows}; returns how many it stored. */
	private static long load(Connection connection, String sql, InputStream rows) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.unwrap(JdbcStatement.class).setLocalInfileInputStream(rows);
			long loaded = statement.executeLargeUpdate(sql);
			failOnWarnings(statement);
			return loaded;
		}
	}

	/** The driver asks for the warnings only when the statement's OK packet counted some. */
	private static void failOnWarnings(Statement statement) throws SQLException {
		List<String> warnings = new ArrayList<>();
		for (SQLWarning w = statement.getWarnings(); w != null && warnings.size() < 5; w = w.getNextWarning()) {
			warnings.add(w.getMessage());
		}
		if (!warnings.isEmpty()) {
			throw new IllegalStateException("LOAD DATA of facts raised warnings: " + warnings);
		}
	}

	static String literal(String value) {
		return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
	}

	private static final class Load implements FactLoad {

		private final LoaderThread<byte[]> loader;

		private final TsvEncoder rows = new TsvEncoder(CHUNK + 4096);

		private final Connection connection;

		private final String enterpriseCode;

		private final String period;

		private final Supplier<String> teamsStatement;

		/** Null once stored or given up. */
		private SubmissionTeams teams = new SubmissionTeams();

		private long sent;

		/** Made on the caller's thread just before the load starts, which reads it. */
		private String sql;

		Load(Connection connection, String enterpriseCode, String period, Supplier<String> statement,
				Supplier<String> teamsStatement) {
			this.connection = connection;
			this.enterpriseCode = enterpriseCode;
			this.period = period;
			this.teamsStatement = teamsStatement;
			ChunkStream stream = new ChunkStream();
			this.loader = new LoaderThread<>("fact-load-data", 16, () -> sql = statement.get(),
					() -> load(connection, sql, stream));
			stream.source = loader;
		}

		@Override
		public void add(FactLine line) {
			encode(line, rows);
			teams.add(line.teamCode(), line.storedTeamName(), line.storedSection());
			sent++;
			if (rows.length() >= CHUNK) {
				loader.put(rows.take());
			}
		}

		@Override
		public long finish() {
			long loaded = loader.finish(rows.length() > 0 ? rows.take() : null);
			if (loaded != sent) {
				throw new IllegalStateException("LOAD DATA stored " + loaded + " of " + sent + " fact rows");
			}
			return loaded;
		}

		@Override
		public void abort() {
			teams = null;
			loader.abort();
		}

		@Override
		public boolean storeTeams() {
			SubmissionTeams gathered = teams;
			teams = null;
			if (gathered == null || !gathered.exact() || gathered.size() == 0) {
				return false;
			}
			try {
				if (!hasTeams()) {
					expect(gathered, load(connection, teamsStatement.get(), gathered.rows()));
					return true;
				}
				try (Statement statement = connection.createStatement()) {
					statement.execute(CREATE_ARRIVED_TEAMS);
					statement.execute(EMPTY_ARRIVED_TEAMS);
				}
				expect(gathered, load(connection, LOAD_ARRIVED_TEAMS, gathered.rows()));
				try (PreparedStatement merge = connection.prepareStatement(MERGE_ARRIVED_TEAMS)) {
					merge.setString(1, enterpriseCode);
					merge.setString(2, period);
					merge.setString(3, period);
					merge.executeUpdate();
				}
				return true;
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Loading teams failed: " + ex.getMessage(), ex);
			}
		}

		private static void expect(SubmissionTeams gathered, long loaded) {
			if (loaded != gathered.size()) {
				throw new IllegalStateException("LOAD DATA stored " + loaded + " of " + gathered.size() + " teams");
			}
		}

		private boolean hasTeams() throws SQLException {
			try (PreparedStatement ps = connection.prepareStatement(HAS_TEAMS)) {
				ps.setString(1, enterpriseCode);
				try (ResultSet rs = ps.executeQuery()) {
					return rs.next();
				}
			}
		}

	}

	/** The chunks of the loader's queue as one stream, which the driver reads to the end. */
	private static final class ChunkStream extends InputStream {

		private LoaderThread<byte[]> source;

		private byte[] chunk = new byte[0];

		private int position;

		private boolean ended;

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] target, int offset, int length) throws IOException {
			while (position == chunk.length) {
				if (ended) {
					return -1;
				}
				try {
					byte[] next = source.take();
					if (next == null) {
						ended = true;
						return -1;
					}
					chunk = next;
					position = 0;
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IOException("Interrupted while streaming facts", ex);
				}
				catch (IllegalStateException ex) {
					throw new IOException(ex.getMessage(), ex);
				}
			}
			int n = Math.min(length, chunk.length - position);
			System.arraycopy(chunk, position, target, offset, n);
			position += n;
			return n;
		}

	}

}
