package org.catchup.submission;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consolidates each file of the chunk inside the chunk's transaction and moves it out of the
 * inbox once that transaction has committed. A file that cannot be moved stays in the inbox,
 * is reported, and the run goes on; the next run files it without loading it again. The
 * reference data is read once per worker and run: it only ever gains codes, and reading it for
 * every file cost more than checking the file's rows.
 */
class ConsolidationWriter implements ItemWriter<Path> {

	private static final Logger log = LoggerFactory.getLogger(ConsolidationWriter.class);

	private final SubmissionConsolidator consolidator;

	private final SubmissionFiles files;

	private final ConsolidationProgress progress;

	private final StepExecution stepExecution;

	private final SubmissionRepository submissions;

	/**
	 * NOT_SUPPORTED: the chunk's own transaction has already committed when the file is moved, and
	 * the mark, a single statement, needs none of its own.
	 */
	private final TransactionTemplate afterMove;

	private final CrashPoints crashPoints;

	private final Supplier<ReferenceLookup> referenceData;

	/** Read at this worker's first file and kept for the run. */
	private ReferenceLookup known;

	ConsolidationWriter(SubmissionConsolidator consolidator, SubmissionFiles files, ConsolidationProgress progress,
			StepExecution stepExecution, SubmissionRepository submissions, TransactionTemplate afterMove,
			CrashPoints crashPoints, Supplier<ReferenceLookup> referenceData) {
		this.referenceData = referenceData;
		this.consolidator = consolidator;
		this.files = files;
		this.progress = progress;
		this.stepExecution = stepExecution;
		this.submissions = submissions;
		this.afterMove = afterMove;
		this.crashPoints = crashPoints;
	}

	@Override
	public void write(Chunk<? extends Path> chunk) {
		for (Path file : chunk) {
			progress.checking(file);
			if (known == null) {
				known = referenceData.get();
			}
			ConsolidationOutcome outcome = consolidator.consolidate(file, stepExecution.getJobExecutionId(), known);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					crashPoints.reached(CrashPoints.AFTER_COMMIT_BEFORE_MOVE);
					fileAway(outcome);
					progress.saveTo(stepExecution.getExecutionContext());
				}
			});
		}
	}

	/**
	 * Moves the file, then records that at once, autocommitted: the next run tells a
	 * committed but unmoved file by the missing mark, so the mark cannot wait for a later commit
	 * that a crash might never make.
	 */
	private void fileAway(ConsolidationOutcome outcome) {
		try {
			files.moveAway(outcome);
		}
		catch (RuntimeException ex) {
			progress.notMoved(outcome, ex);
			return;
		}
		progress.finished(outcome);
		if (outcome.submissionId() != null) {
			try {
				afterMove.executeWithoutResult(status -> submissions.markFiled(outcome.submissionId(),
						LocalDateTime.now()));
			}
			catch (RuntimeException ex) {
				// Only costs a later identical upload being filed by period instead of as a duplicate.
				log.warn("{} was moved, but recording that failed: {}", outcome.fileName(), ex.getMessage());
			}
		}
	}

}
