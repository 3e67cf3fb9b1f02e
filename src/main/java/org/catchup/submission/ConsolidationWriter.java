package org.catchup.submission;

import java.nio.file.Path;
import java.time.LocalDateTime;

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
 * is reported, and the run goes on; the next run files it without loading it again.
 */
class ConsolidationWriter implements ItemWriter<Path> {

	private static final Logger log = LoggerFactory.getLogger(ConsolidationWriter.class);

	private final SubmissionConsolidator consolidator;

	private final SubmissionFiles files;

	private final ConsolidationProgress progress;

	private final StepExecution stepExecution;

	private final SubmissionRepository submissions;

	/** REQUIRES_NEW: the chunk's own transaction has already committed when the file is moved. */
	private final TransactionTemplate afterMove;

	private final CrashPoints crashPoints;

	ConsolidationWriter(SubmissionConsolidator consolidator, SubmissionFiles files, ConsolidationProgress progress,
			StepExecution stepExecution, SubmissionRepository submissions, TransactionTemplate afterMove,
			CrashPoints crashPoints) {
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
			ConsolidationOutcome outcome = consolidator.consolidate(file, stepExecution.getJobExecutionId());
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
