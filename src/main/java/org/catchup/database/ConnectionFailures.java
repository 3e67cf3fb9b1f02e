package org.catchup.database;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Tells a database that cannot be reached from every other failure, whatever wraps it. */
public final class ConnectionFailures {

	private ConnectionFailures() {
	}

	public static boolean isConnectionFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			// not every SQLTransientConnectionException: the pool says that too when it is merely busy
			if (cause instanceof ConnectException
					|| cause instanceof NoRouteToHostException || cause instanceof UnknownHostException
					|| cause instanceof SocketTimeoutException || cause instanceof SocketException) {
				return true;
			}
			if (cause instanceof SQLException sql && isConnectionState(sql)) {
				return true;
			}
			String type = cause.getClass().getSimpleName();
			if (type.equals("CommunicationsException") || type.equals("CJCommunicationsException")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * SQL state class 08 is "connection exception" for every driver; H2 says 90067 (connection
	 * broken) and 90028 (I/O) for a server it cannot reach.
	 */
	private static boolean isConnectionState(SQLException ex) {
		String state = ex.getSQLState();
		return state != null && (state.startsWith("08") || state.equals("90067") || state.equals("90028"));
	}

	/** The database URL without its parameters, which may carry a password. */
	public static String shown(String url) {
		if (url == null) {
			return "(no database URL set)";
		}
		int query = url.indexOf('?');
		int semicolon = url.startsWith("jdbc:h2:") ? url.indexOf(';') : -1;
		int end = query >= 0 ? query : semicolon >= 0 ? semicolon : url.length();
		return url.substring(0, end);
	}

}
