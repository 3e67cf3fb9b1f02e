package org.catchup.submission;

import java.nio.file.Path;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Consolidates each file of the chunk inside the chunk's transaction and moves it out of the
 * inbox once that transaction has committed.
 */
class ConsolidationWriter implements ItemWriter<Path> {

	private final SubmissionConsolidator consolidator;

	private final SubmissionFiles files;

	private final ConsolidationProgress progress;

	private final StepExecution stepExecution;

	ConsolidationWriter(SubmissionConsolidator consolidator, SubmissionFiles files, ConsolidationProgress progress,
			StepExecution stepExecution) {
		this.consolidator = consolidator;
		this.files = files;
		this.progress = progress;
		this.stepExecution = stepExecution;
	}

	@Override
	public void write(Chunk<? extends Path> chunk) {
		for (Path file : chunk) {
			progress.checking(file);
			ConsolidationOutcome outcome = consolidator.consolidate(file, stepExecution.getJobExecutionId());
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					files.moveAway(outcome);
					progress.finished(outcome);
					progress.saveTo(stepExecution.getExecutionContext());
				}
			});
		}
	}

}
