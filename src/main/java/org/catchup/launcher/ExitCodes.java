package org.catchup.launcher;

/** The exit codes of {@code ./catchup}; the README lists them for scripts. */
public final class ExitCodes {

	/** The command did what it was asked. */
	public static final int OK = 0;

	/** The job ran and failed (its summary says why and what to do), or the application could not start. */
	public static final int FAILED = 1;

	/** The command line was wrong: unknown command, missing or malformed argument. */
	public static final int USAGE = 2;

	/** The job is running already, here or in another process. */
	public static final int ALREADY_RUNNING = 3;

	/** The database could not be reached, at start or during the run. */
	public static final int DATABASE_UNREACHABLE = 4;

	/** Restart of an execution that cannot be restarted: unknown, or COMPLETED. */
	public static final int NOTHING_TO_RESTART = 5;

	/** The input was refused (a reference workbook with problems); fix it and run again. */
	public static final int INPUT_REJECTED = 6;

	/** The bulletins are rendered but some mails could not be sent; a restart of the run sends them. */
	public static final int MAIL_UNSENT = 7;

	/**
	 * The RabbitMQ broker of a remote night, or of a worker, could not be reached at start:
	 * nothing was recorded or moved.
	 */
	public static final int BROKER_UNREACHABLE = 8;

	/**
	 * The database's schema was brought further by a newer build than this one knows: nothing
	 * started and nothing was changed; install the newer build.
	 */
	public static final int OLDER_BUILD = 9;

	private ExitCodes() {
	}

}
