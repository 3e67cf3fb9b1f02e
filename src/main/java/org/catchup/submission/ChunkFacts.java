package org.catchup.submission;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the files stored in one transaction, written together when the transaction's
 * files are all stored: one fact statement and one team statement per chunk, where a file at a
 * time cost two each. Flushed early when a file is about to be read in the same transaction,
 * so that its history sees them.
 */
final class ChunkFacts {

	private final FactLoader loader;

	private final SubmissionRepository submissions;

	private final List<FactLoader.HeldFacts> pending = new ArrayList<>();

	ChunkFacts(FactLoader loader, SubmissionRepository submissions) {
		this.loader = loader;
		this.submissions = submissions;
	}

	void add(long submissionId, SubmissionHeader header, List<SubmissionLine> lines) {
		pending.add(new FactLoader.HeldFacts(submissionId, header, lines));
	}

	/** Writes the facts and then the team table from them. */
	void flush() {
		if (pending.isEmpty()) {
			return;
		}
		loader.insertAll(pending);
		submissions.updateTeams(pending.stream().map(FactLoader.HeldFacts::submissionId).toList());
		pending.clear();
	}

}
