package org.catchup.consolidation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.catchup.warehouse.ChunkFacts;
import org.catchup.warehouse.FactLoader;
import org.catchup.warehouse.SubmissionRepository;
import org.catchup.warehouse.VersionSlots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the chunk's checked files in the chunk's transaction, then moves them out of the inbox
 * once it has committed. Each file is still all or nothing: a file that fails its checks writes
 * only its rejection. The files' rows go in together at the end ({@link ChunkFacts}). A file
 * the check could not finish (too big to hold), or whose team history changed after it was
 * checked (an earlier file of its enterprise in the same chunk was stored first: the chunk's
 * files are checked side by side), is read again here, in the transaction. A file that cannot be
 * moved stays in the inbox, is reported, and the run goes on; the next run files it without
 * loading it again. Earlier chunks have committed before this chunk's files were checked, and no
 * other partition stores the same enterprise ({@link InboxPartitioner}).
 */
class ConsolidationWriter implements ItemWriter<CheckedSubmission> {

	private static final Logger log = LoggerFactory.getLogger(ConsolidationWriter.class);

	private final SubmissionConsolidator consolidator;

	private final SubmissionFiles files;

	private final ConsolidationProgress progress;

	private final StepExecution stepExecution;

	private final SubmissionRepository submissions;

	/**
	 * NOT_SUPPORTED: the chunk's own transaction has already committed when the files are moved,
	 * and the marks, a single statement, need none of their own.
	 */
	private final TransactionTemplate afterMove;

	private final CrashPoints crashPoints;

	private final FactLoader factLoader;

	private final TeamHistories histories;

	ConsolidationWriter(SubmissionConsolidator consolidator, SubmissionFiles files, ConsolidationProgress progress,
			StepExecution stepExecution, SubmissionRepository submissions, TransactionTemplate afterMove,
			CrashPoints crashPoints, FactLoader factLoader, TeamHistories histories) {
		this.consolidator = consolidator;
		this.files = files;
		this.progress = progress;
		this.stepExecution = stepExecution;
		this.submissions = submissions;
		this.afterMove = afterMove;
		this.crashPoints = crashPoints;
		this.factLoader = factLoader;
		this.histories = histories;
	}

	@Override
	public void write(Chunk<? extends CheckedSubmission> chunk) {
		Chunked stored = new Chunked(new ChunkFacts(factLoader, submissions),
				submissions.findByContentHashes(chunk.getItems().stream().map(CheckedSubmission::contentHash).toList()));
		stored.slots = lockPassed(chunk.getItems(), stored);
		List<SubmissionConsolidator.Stored> written = new ArrayList<>(chunk.size());
		for (CheckedSubmission item : chunk) {
			progress.storing(item);
			SubmissionConsolidator.Stored result = store(item, stored);
			ConsolidationOutcome outcome = result.outcome();
			if (outcome.result() != ConsolidationOutcome.Result.ALREADY_CONSOLIDATED) {
				stored.contents.add(item.contentHash());
			}
			if (outcome.result() == ConsolidationOutcome.Result.LOADED && stored.seen.get(item.contentHash()) == null) {
				stored.enterprises.add(outcome.report().header().enterpriseCode());
				histories.stored(outcome.report().header().enterpriseCode());
			}
			written.add(result);
		}
		stored.facts.flush();
		List<ConsolidationOutcome> outcomes = written.stream().map(SubmissionConsolidator.Stored::written).toList();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				fileAway(outcomes);
				progress.saveTo(stepExecution.getExecutionContext());
			}
		});
	}

	/**
	 * Locks the enterprises of the files that will be stored as versions, all at once and in
	 * code order (see {@link SubmissionRepository#lockVersions}); null when there are none.
	 */
	private VersionSlots lockPassed(List<? extends CheckedSubmission> items, Chunked stored) {
		List<CheckedSubmission.Checked> passed = items.stream()
			.filter(CheckedSubmission.Checked.class::isInstance)
			.map(CheckedSubmission.Checked.class::cast)
			.filter(c -> c.passed() && !stored.seen.containsKey(c.contentHash()) && !historyChanged(c, stored))
			.toList();
		if (passed.isEmpty()) {
			return null;
		}
		return submissions.lockVersions(passed.stream().map(c -> c.report().header().enterpriseCode()).toList(),
				passed.stream().map(CheckedSubmission::contentHash).toList(), 0);
	}

	private SubmissionConsolidator.Stored store(CheckedSubmission item, Chunked stored) {
		if (stored.contents.contains(item.contentHash())) {
			// a copy of a file stored moments ago in this transaction, not one a crash left behind
			return new SubmissionConsolidator.Stored(ConsolidationOutcome.alreadyConsolidated(item.file()), null);
		}
		if (item instanceof CheckedSubmission.Checked checked) {
			SubmissionRepository.Seen seen = stored.seen.get(checked.contentHash());
			if (seen != null) {
				return new SubmissionConsolidator.Stored(consolidator.settled(checked.file(), seen), null);
			}
			if (!historyChanged(checked, stored)) {
				return consolidator.store(checked, stored.slots, stored.facts);
			}
		}
		// read again in this transaction, which must hold the earlier files' rows for its history
		stored.facts.flush();
		return new SubmissionConsolidator.Stored(consolidator.consolidate(item.file(), item.contentHash(),
				stepExecution.getJobExecutionId(), item.reference(), progress.rowsReadCounter()), null);
	}

	/**
	 * A file checked side by side with an earlier file of its enterprise, stored since in this
	 * chunk, was checked against too little history.
	 */
	private boolean historyChanged(CheckedSubmission.Checked checked, Chunked stored) {
		return checked.historyRead() && stored.enterprises.contains(checked.report().header().enterpriseCode());
	}

	/**
	 * What the chunk's transaction has stored so far: the rows still to write, the enterprises
	 * with a new version, the contents stored (loaded or rejected), the contents seen before the
	 * chunk began, and the versions it holds.
	 */
	private static final class Chunked {

		private final ChunkFacts facts;

		private final Set<String> enterprises = new HashSet<>();

		private final Set<String> contents = new HashSet<>();

		private final Map<String, SubmissionRepository.Seen> seen;

		private VersionSlots slots;

		Chunked(ChunkFacts facts, Map<String, SubmissionRepository.Seen> seen) {
			this.facts = facts;
			this.seen = seen;
		}

	}

	/**
	 * Moves each file, then records the moved ones as filed in one autocommitted statement. The
	 * next run tells a committed but unmoved file by the missing mark; a run killed between two
	 * moves leaves moved files unmarked too, which the next run sees in the archive
	 * ({@link UnfinishedFiling}).
	 */
	private void fileAway(List<ConsolidationOutcome> outcomes) {
		progress.committed(outcomes);
		List<Long> moved = new ArrayList<>(outcomes.size());
		for (ConsolidationOutcome outcome : outcomes) {
			crashPoints.reached(CrashPoints.AFTER_COMMIT_BEFORE_MOVE);
			try {
				files.moveAway(outcome);
			}
			catch (RuntimeException ex) {
				progress.notMoved(outcome, ex);
				continue;
			}
			progress.finished(outcome);
			if (outcome.submissionId() != null) {
				moved.add(outcome.submissionId());
			}
		}
		try {
			afterMove.executeWithoutResult(status -> submissions.markFiled(moved, LocalDateTime.now()));
		}
		catch (RuntimeException ex) {
			// The next run finds them in the archive (UnfinishedFiling).
			log.warn("{} file(s) were moved, but recording that failed: {}", moved.size(), ex.getMessage());
		}
	}

}
