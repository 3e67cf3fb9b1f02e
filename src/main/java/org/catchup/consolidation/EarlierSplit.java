package org.catchup.consolidation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * How earlier executions of the same run split the inbox, read from the job repository: the
 * partitions whose last execution did not complete, with their saved contexts; empty when no
 * earlier execution split it. Spring Batch names a partition's step execution
 * {@code <worker step>:<partition>}.
 */
final class EarlierSplit implements Supplier<Optional<Map<String, ExecutionContext>>> {

	private final JobRepository jobRepository;

	private final StepExecution manager;

	private final String workerStep;

	EarlierSplit(JobRepository jobRepository, StepExecution manager, String workerStep) {
		this.jobRepository = jobRepository;
		this.manager = manager;
		this.workerStep = workerStep;
	}

	@Override
	public Optional<Map<String, ExecutionContext>> get() {
		JobExecution current = manager.getJobExecution();
		String prefix = workerStep + ":";
		Map<String, StepExecution> latest = new HashMap<>();
		for (JobExecution earlier : jobRepository.getJobExecutions(current.getJobInstance())) {
			if (earlier.getId() == current.getId()) {
				continue;
			}
			for (StepExecution step : earlier.getStepExecutions()) {
				if (step.getStepName().startsWith(prefix)) {
					latest.merge(step.getStepName().substring(prefix.length()), step,
							(a, b) -> a.getId() > b.getId() ? a : b);
				}
			}
		}
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		Map<String, ExecutionContext> unfinished = new LinkedHashMap<>();
		latest.entrySet()
			.stream()
			.filter(e -> e.getValue().getStatus() != BatchStatus.COMPLETED)
			.sorted(Map.Entry.comparingByKey())
			.forEach(e -> unfinished.put(e.getKey(), e.getValue().getExecutionContext()));
		return Optional.of(unfinished);
	}

}
