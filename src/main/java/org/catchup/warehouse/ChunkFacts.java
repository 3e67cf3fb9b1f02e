package org.catchup.warehouse;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the files stored in one transaction, written together when the transaction's
 * files are all stored: one fact statement and one team statement per chunk, where a file at a
 * time cost two each. Flushed early when a file is about to be read in the same transaction,
 * so that its history sees them.
 */
public final class ChunkFacts {

	private final FactLoader loader;

	private final SubmissionRepository submissions;

	private final List<FactLoader.HeldFacts> pending = new ArrayList<>();

	public ChunkFacts(FactLoader loader, SubmissionRepository submissions) {
		this.loader = loader;
		this.submissions = submissions;
	}

	public void add(long submissionId, String enterpriseCode, YearMonth period, List<? extends FactLine> lines) {
		pending.add(new FactLoader.HeldFacts(submissionId, enterpriseCode, period, lines));
	}

	/** Writes the facts and then the team table from them. */
	public void flush() {
		if (pending.isEmpty()) {
			return;
		}
		loader.insertAll(pending);
		submissions.updateTeams(pending.stream().map(FactLoader.HeldFacts::submissionId).toList());
		pending.clear();
	}

}
