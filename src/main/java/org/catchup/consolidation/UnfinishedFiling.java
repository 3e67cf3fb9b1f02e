package org.catchup.consolidation;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.catchup.warehouse.SubmissionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Before a night begins, records as filed the files that a killed run had already moved out of
 * the inbox. A chunk's files are recorded together once they are all moved, so a run killed
 * between two moves leaves moved files unrecorded; unrecorded, a later copy of one would be
 * taken for a committed file still waiting in the inbox and archived by period instead of as a
 * duplicate ({@link SubmissionChecker#settled}). Files still in the inbox stay unrecorded:
 * the night moves them.
 */
class UnfinishedFiling implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(UnfinishedFiling.class);

	private final SubmissionRepository submissions;

	private final SubmissionFiles files;

	private final Clock clock;

	UnfinishedFiling(SubmissionRepository submissions, SubmissionFiles files, Clock clock) {
		this.submissions = submissions;
		this.files = files;
		this.clock = clock;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		List<SubmissionRepository.Unfiled> moved = submissions.findUnfiled().stream().filter(this::isFiled).toList();
		if (!moved.isEmpty()) {
			submissions.markFiled(moved.stream().map(SubmissionRepository.Unfiled::id).toList(),
					LocalDateTime.now(clock));
			log.info("Recorded {} file(s) moved by an earlier run that stopped before recording them: {}",
					moved.size(), moved.stream().map(SubmissionRepository.Unfiled::fileName).toList());
		}
	}

	/** An archived file that cannot be read leaves its mark unset, not the night unrun. */
	private boolean isFiled(SubmissionRepository.Unfiled submission) {
		try {
			return files.isFiled(submission);
		}
		catch (UncheckedIOException ex) {
			log.warn("Could not tell whether {} was filed: {}", submission.fileName(), ex.getMessage());
			return false;
		}
	}

}
