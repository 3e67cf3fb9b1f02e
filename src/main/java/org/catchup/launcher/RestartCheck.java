package org.catchup.launcher;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;

/**
 * Why an execution cannot be restarted, said before trying: it does not exist, it completed, or
 * it was abandoned. Spring Batch would refuse these too, but with an exception that names a
 * cause the operator cannot act on.
 */
final class RestartCheck {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final JobRepository repository;

	RestartCheck(JobRepository repository) {
		this.repository = repository;
	}

	/** The sentence refusing the restart, or empty when it may go ahead. */
	Optional<String> refusal(long executionId) {
		JobExecution execution;
		try {
			execution = repository.getJobExecution(executionId);
		}
		catch (EmptyResultDataAccessException ex) {
			execution = null; // how some repositories say there is none
		}
		if (execution == null) {
			return Optional.of("There is no job execution " + executionId
					+ "; nothing to restart. The jobs page lists the executions and their ids.");
		}
		String job = execution.getJobInstance().getJobName();
		BatchStatus status = execution.getStatus();
		if (status == BatchStatus.COMPLETED) {
			String at = execution.getEndTime() == null ? "" : " at " + execution.getEndTime().format(WHEN);
			return Optional.of("Execution " + executionId + " (" + job + ") already COMPLETED" + at
					+ "; nothing to restart. To run " + job + " again: ./catchup run " + job);
		}
		if (status == BatchStatus.ABANDONED) {
			return Optional.of("Execution " + executionId + " (" + job + ") was ABANDONED and cannot be restarted."
					+ " To run " + job + " again: ./catchup run " + job);
		}
		return Optional.empty();
	}

}
