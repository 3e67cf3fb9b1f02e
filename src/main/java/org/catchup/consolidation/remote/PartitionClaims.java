package org.catchup.consolidation.remote;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * A worker's filter in front of Spring Batch's {@code StepExecutionRequestHandler}: it runs a
 * partition only when the partition is still waiting ({@code STARTING}) in a run that is still
 * going, and only after claiming it, so no partition ever runs twice. The broker hands a request
 * out again when the connection of the worker that had it broke; by then that worker may have
 * started the partition, and the manager, not a second worker, decides what becomes of it.
 * Notes in the partition's execution context which worker has it, for the operator's page.
 */
public class PartitionClaims {

	/** The execution-context key naming the worker host and process that ran a partition. */
	public static final String WORKER = "worker";

	private static final Logger log = LoggerFactory.getLogger(PartitionClaims.class);

	private final JobRepository jobRepository;

	private final WorkerRegistry registry;

	private final WorkerIdentity worker;

	public PartitionClaims(JobRepository jobRepository, WorkerRegistry registry, WorkerIdentity worker) {
		this.jobRepository = jobRepository;
		this.registry = registry;
		this.worker = worker;
	}

	/** True when this worker now has the partition and should run it. */
	public boolean claim(StepExecutionRequest request) {
		StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
		if (partition == null) {
			log.warn("Dropped a request for step execution {}, which the job repository does not know",
					request.getStepExecutionId());
			return false;
		}
		JobExecution run = partition.getJobExecution();
		if (!run.isRunning()) {
			log.info("Dropped partition {} of run #{}: that run is over ({})", partition.getStepName(), run.getId(),
					run.getStatus());
			return false;
		}
		if (partition.getStatus() != BatchStatus.STARTING
				|| !registry.claim(partition.getId(), run.getId(), worker)) {
			log.warn("Dropped partition {} of run #{}: another worker took it already ({})", partition.getStepName(),
					run.getId(), partition.getStatus());
			return false;
		}
		partition.getExecutionContext().putString(WORKER, worker.shown());
		jobRepository.updateExecutionContext(partition);
		log.info("Running partition {} of run #{}", partition.getStepName(), run.getId());
		return true;
	}

}
