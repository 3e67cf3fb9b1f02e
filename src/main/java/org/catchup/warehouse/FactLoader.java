package org.catchup.warehouse;

import java.time.YearMonth;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Loads a submission's checked lines into the fact table on the connection of the caller's
 * transaction, so a rollback removes them like any insert. The lines are written on a second
 * thread while the caller goes on parsing and checking. The submission ids given are those of
 * submission rows the caller's transaction wrote: a loader may leave the foreign key to them
 * unchecked ({@link LoadDataFactLoader}).
 */
public interface FactLoader {

	/**
	 * Starts a load; call it on the thread that holds the transaction. Nothing is written until
	 * the first full batch, or {@link FactLoad#finish()} for a load that fits in one batch: only
	 * then, on this thread, is {@code submissionId} asked for the rows' submission (once). So a
	 * caller that learns before then that the rows must not go in can still {@link FactLoad#abort()}
	 * and has written nothing.
	 */
	FactLoad begin(String enterpriseCode, YearMonth period, LongSupplier submissionId);

	/**
	 * Writes the lines of several submissions, held in memory since they were checked, at once
	 * and on the caller's thread: one statement for a whole chunk of small files instead of
	 * one per file. Returns how many rows went in.
	 */
	long insertAll(List<HeldFacts> submissions);

	/** A checked submission's lines, and the stored submission (enterprise, month) they belong to. */
	record HeldFacts(long submissionId, String enterpriseCode, YearMonth period, List<? extends FactLine> lines) {
	}

	/** One submission's load. Not thread-safe: lines come from the parsing thread only. */
	interface FactLoad {

		void add(FactLine line);

		/** Waits until every line is in the table; returns how many went in. */
		long finish();

		/**
		 * Stops after a failure, or before anything was sent, and waits for the loader thread;
		 * the caller rolls back what was sent.
		 */
		void abort();

		/**
		 * After {@link #finish()}, once the submission row is complete and under its enterprise's
		 * lock ({@link SubmissionRepository#lockVersions}): writes the team table's rows for the
		 * lines loaded, when the load has them at hand and one plain statement gives what
		 * {@link SubmissionRepository#updateTeams} would. Returns false when it wrote nothing, and
		 * the caller runs that.
		 */
		default boolean storeTeams() {
			return false;
		}

	}

}
