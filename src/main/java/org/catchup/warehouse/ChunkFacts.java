package org.catchup.warehouse;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What the files stored in one transaction write, written together when the transaction's files
 * are all stored: their submission rows in one batched statement, their problems in another, then
 * one fact statement and one team statement for all their rows, where a file at a time cost a
 * submission statement each and two more for its rows. Flushed early when a file is about to be
 * read in the same transaction, or an earlier version looked up, so that it sees them.
 */
public final class ChunkFacts {

	private final FactLoader loader;

	private final SubmissionRepository submissions;

	private final List<Submission> pending = new ArrayList<>();

	public ChunkFacts(FactLoader loader, SubmissionRepository submissions) {
		this.loader = loader;
		this.submissions = submissions;
	}

	/**
	 * A submission row to write with the others, with its problems and, for a loaded version, its
	 * rows ({@code lines}; null for a rejection). Its id is known once {@link #flush() flushed}.
	 */
	public Submission add(NewSubmission row, List<StoredProblem> problems, YearMonth period,
			List<? extends FactLine> lines) {
		Submission submission = new Submission(row, problems, period, lines);
		pending.add(submission);
		return submission;
	}

	/** Writes the submission rows in the order they were added, their problems, their facts, and the team table. */
	public void flush() {
		if (pending.isEmpty()) {
			return;
		}
		List<Long> ids = submissions.insertAll(pending.stream().map(s -> s.row).toList());
		List<SubmissionRepository.ProblemsOf> problems = new ArrayList<>();
		List<FactLoader.HeldFacts> facts = new ArrayList<>();
		for (int i = 0; i < pending.size(); i++) {
			Submission s = pending.get(i);
			s.id = ids.get(i);
			if (!s.problems.isEmpty()) {
				problems.add(new SubmissionRepository.ProblemsOf(s.id, s.problems));
			}
			if (s.lines != null) {
				facts.add(new FactLoader.HeldFacts(s.id, s.row.enterpriseCode(), s.period, s.lines));
			}
		}
		pending.clear();
		submissions.insertProblems(problems);
		if (!facts.isEmpty()) {
			loader.insertAll(facts);
			submissions.updateTeams(facts.stream().map(FactLoader.HeldFacts::submissionId).toList());
		}
	}

	/** A submission row added to the chunk; its id once the chunk is flushed. */
	public static final class Submission {

		private final NewSubmission row;

		private final List<StoredProblem> problems;

		private final YearMonth period;

		private final List<? extends FactLine> lines;

		private Long id;

		private Submission(NewSubmission row, List<StoredProblem> problems, YearMonth period,
				List<? extends FactLine> lines) {
			this.row = row;
			this.problems = List.copyOf(problems);
			this.period = period;
			this.lines = lines;
		}

		/** The row's id; only once the chunk is flushed. */
		public long id() {
			if (id == null) {
				throw new IllegalStateException("The submission row of " + row.fileName() + " is not written yet");
			}
			return id;
		}

	}

}
