package org.catchup.jobs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Marks FAILED the executions of a job that the repository still shows running although their
 * process is gone (killed, power cut, database lost before the failure could be recorded), so
 * they can be restarted and the repository tells the truth. Called before every start and
 * restart. An execution is gone when it was signed by a process on this host that no longer
 * exists, or by this process but no longer runs here; an unsigned one or one from another host
 * only when its record has not changed for {@link #UNSIGNED_STALE_AFTER}. A genuinely running
 * execution is never touched: the {@link JobLock} keeps a second run out.
 */
@Component
public class StaleExecutions {

	static final Duration UNSIGNED_STALE_AFTER = Duration.ofHours(6);

	private static final Logger log = LoggerFactory.getLogger(StaleExecutions.class);

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	private final ProcessMarker marker;

	StaleExecutions(JobRepository jobRepository, JobOperator jobOperator, ProcessMarker marker) {
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.marker = marker;
	}

	/** Recovers the job's stale executions; returns them, now FAILED. */
	public List<JobExecution> recover(String jobName) {
		List<JobExecution> recovered = new ArrayList<>();
		for (JobExecution execution : jobRepository.findRunningJobExecutions(jobName)) {
			if (isGone(execution)) {
				log.warn("{} execution {} was left {} by a run that no longer exists ({}); marking it FAILED so it can be "
						+ "restarted", jobName, execution.getId(), execution.getStatus(), owner(execution).orElse("unsigned"));
				recovered.add(jobOperator.recover(execution));
			}
		}
		return recovered;
	}

	private boolean isGone(JobExecution execution) {
		Optional<String> owner = owner(execution);
		if (owner.isEmpty()) {
			return untouchedFor(execution, UNSIGNED_STALE_AFTER);
		}
		if (owner.get().equals(ProcessMarker.THIS_PROCESS)) {
			return !marker.isRunningHere(execution.getId());
		}
		String[] parts = owner.get().split("@", 3);
		if (parts.length < 3 || !parts[1].equals(ProcessMarker.hostName())) {
			return untouchedFor(execution, UNSIGNED_STALE_AFTER);
		}
		// Same host: the process is alive only if its pid exists with the same start time (pids are reused).
		return ProcessHandle.of(Long.parseLong(parts[0]))
			.map(process -> !process.info().startInstant().map(Object::toString).orElse("?").equals(parts[2]))
			.orElse(true);
	}

	private static Optional<String> owner(JobExecution execution) {
		return Optional.ofNullable(execution.getExecutionContext().getString(ProcessMarker.KEY, null));
	}

	private static boolean untouchedFor(JobExecution execution, Duration age) {
		LocalDateTime last = execution.getLastUpdated() != null ? execution.getLastUpdated()
				: execution.getCreateTime();
		return last == null || last.isBefore(LocalDateTime.now().minus(age));
	}

}
