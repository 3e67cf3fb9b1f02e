package org.catchup.launcher;

import java.io.PrintStream;

import org.catchup.consolidation.remote.BrokerUnreachableException;
import org.catchup.database.ConnectionFailures;
import org.catchup.database.NewerSchemaCheck;
import org.springframework.core.env.Environment;

/**
 * What the operator reads when Catch-Up cannot start: one sentence and what to do. The stack
 * trace went to the log file, which the sentence names.
 */
public final class StartFailure {

	private StartFailure() {
	}

	/** Prints the sentence and returns the exit code. */
	public static int report(Throwable failure, Environment environment, PrintStream out) {
		String logFile = environment == null ? null : environment.getProperty("logging.file.name");
		String details = logFile == null ? "" : " Details are in " + logFile + ".";
		BrokerUnreachableException broker = causeOf(failure, BrokerUnreachableException.class);
		if (broker != null) {
			out.printf("%s%s%n", broker.getMessage(), details);
			return ExitCodes.BROKER_UNREACHABLE;
		}
		NewerSchemaCheck.NewerSchemaException newer = causeOf(failure, NewerSchemaCheck.NewerSchemaException.class);
		if (newer != null) {
			out.printf("Catch-Up cannot start: %s.%s%n", newer.getMessage(), details);
			return ExitCodes.OLDER_BUILD;
		}
		if (ConnectionFailures.isConnectionFailure(failure)) {
			String url = environment == null ? null : environment.getProperty("spring.datasource.url");
			out.printf("Catch-Up cannot reach its database at %s (%s). Start the database, or point CATCHUP_DB_URL "
					+ "at the right one, then run the command again.%s%n", ConnectionFailures.shown(url),
					JobSummary.rootCause(failure), details);
			return ExitCodes.DATABASE_UNREACHABLE;
		}
		out.printf("Catch-Up could not start: %s.%s%n", JobSummary.rootCause(failure), details);
		return ExitCodes.FAILED;
	}

	/** The first failure of that type in the chain of causes, or null. */
	static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
