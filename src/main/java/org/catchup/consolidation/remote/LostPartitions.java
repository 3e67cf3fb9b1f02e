package org.catchup.consolidation.remote;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The manager's watch over partitions that no worker will finish: those of a worker that has
 * stopped answering (killed, its machine down) and, when no worker serves the queue at all,
 * those nobody took. Each is marked FAILED in the job repository with a sentence naming the
 * partition and why, so the manager's wait ends, the run fails, and {@code ./catchup restart}
 * runs exactly these partitions again (Spring Batch restarts only partitions that did not
 * complete, and none left STARTED).
 */
class LostPartitions {

	private static final Logger log = LoggerFactory.getLogger(LostPartitions.class);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final JobRepository jobRepository;

	private final WorkerRegistry registry;

	private final RemoteSettings settings;

	LostPartitions(JobRepository jobRepository, WorkerRegistry registry, RemoteSettings settings) {
		this.jobRepository = jobRepository;
		this.registry = registry;
		this.settings = settings;
	}

	/**
	 * Fails the run's partitions that are lost by now.
	 * @param waitingSince when the manager sent the partitions
	 */
	void sweep(long jobExecutionId, String workerStep, LocalDateTime waitingSince) {
		Duration silence = settings.workerTimeout();
		for (WorkerRegistry.SilentClaim claim : registry.silentClaims(jobExecutionId, silence)) {
			StepExecution partition = jobRepository.getStepExecution(claim.stepExecutionId());
			if (partition != null && partition.getStatus().isRunning()) {
				fail(partition, claim.host() == null
						? "its worker " + claim.workerId() + " stopped before finishing it"
						: "its worker " + claim.host() + " (pid " + claim.pid() + ") stopped answering; last heard of at "
								+ TIME.format(claim.heardAt()) + " (database time), more than " + seconds(silence)
								+ " ago");
			}
		}
		if (waitingSince.isBefore(LocalDateTime.now().minus(silence))
				&& registry.liveWorkers(settings.queue(), silence) == 0) {
			Set<Long> claimed = new HashSet<>(registry.claimed(jobExecutionId));
			for (StepExecution partition : unfinished(jobExecutionId, workerStep)) {
				if (!claimed.contains(partition.getId())) {
					fail(partition, "no worker took it: no ./catchup worker has served queue '" + settings.queue()
							+ "' for " + seconds(silence));
				}
			}
		}
	}

	/** Fails every partition of the run that has not finished, for {@code why}; returns all the run's partitions. */
	List<StepExecution> failUnfinished(long jobExecutionId, String workerStep, String why) {
		for (StepExecution partition : unfinished(jobExecutionId, workerStep)) {
			fail(partition, why);
		}
		return partitions(jobExecutionId, workerStep);
	}

	List<StepExecution> partitions(long jobExecutionId, String workerStep) {
		JobExecution run = jobRepository.getJobExecution(jobExecutionId);
		return run.getStepExecutions().stream().filter(s -> s.getStepName().startsWith(workerStep + ":")).toList();
	}

	private List<StepExecution> unfinished(long jobExecutionId, String workerStep) {
		return partitions(jobExecutionId, workerStep).stream().filter(s -> s.getStatus().isRunning()).toList();
	}

	private void fail(StepExecution partition, String why) {
		String sentence = PartitionNames.describe(partition) + " was not finished: " + why;
		partition.setStatus(BatchStatus.FAILED);
		partition.setExitStatus(ExitStatus.FAILED.addExitDescription(sentence));
		partition.setEndTime(LocalDateTime.now());
		try {
			jobRepository.update(partition);
			log.error(sentence);
		}
		catch (OptimisticLockingFailureException moved) {
			// its worker wrote to it since it was read: alive after all; the next sweep looks again
			log.info("{} moved while being marked failed; left to its worker", PartitionNames.describe(partition));
		}
	}

	private static String seconds(Duration duration) {
		return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
	}

}
