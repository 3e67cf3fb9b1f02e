package org.catchup.submission;

/**
 * Loads a submission's checked lines into the fact table on the connection of the caller's
 * transaction, so a rollback removes them like any insert. The lines are written on a second
 * thread while the caller goes on parsing and checking.
 */
public interface FactLoader {

	/** Starts a load; call it on the thread that holds the transaction. */
	FactLoad begin(long submissionId, SubmissionHeader header);

	/** One submission's load. Not thread-safe: lines come from the parsing thread only. */
	interface FactLoad {

		void add(SubmissionLine line);

		/** Waits until every line is in the table; returns how many went in. */
		long finish();

		/** Stops after a failure and waits for the loader thread; the caller rolls back. */
		void abort();

	}

}
