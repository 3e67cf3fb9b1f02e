package org.catchup.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import org.catchup.database.ConnectionFailures;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's DataSource, telling {@link DatabaseLoss} whether connections can be had, and
 * refusing at once, once the database has been gone for the bound, instead of waiting once more.
 */
final class GuardedDataSource extends DelegatingDataSource implements AutoCloseable {

	private final DatabaseLoss loss;

	GuardedDataSource(DataSource target, DatabaseLoss loss) {
		super(target);
		this.loss = loss;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return guarded(() -> super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return guarded(() -> super.getConnection(username, password));
	}

	/** The context's end closes the pool behind it, as it would the pool itself. */
	@Override
	public void close() throws Exception {
		if (getTargetDataSource() instanceof AutoCloseable pool) {
			pool.close();
		}
	}

	private Connection guarded(ConnectionSource source) throws SQLException {
		if (loss.givenUp()) {
			Instant since = loss.lostSince().orElseGet(loss::now);
			throw new SQLTransientConnectionException("The database stopped answering at "
					+ LocalTime.ofInstant(since, ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS) + " ("
					+ loss.url() + ") and was given up after " + loss.lossTimeout().toSeconds() + " s", "08001");
		}
		Instant start = loss.now();
		try {
			Connection connection = source.get();
			loss.answered();
			return connection;
		}
		catch (SQLException ex) {
			if (ConnectionFailures.isConnectionFailure(ex)) {
				loss.failed(start);
			}
			throw ex;
		}
	}

	private interface ConnectionSource {

		Connection get() throws SQLException;

	}

}
