package org.catchup.submission;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the consolidation into writers that share one checked inbox ({@link CheckedInboxes}), and
 * adds the workers' progress counts up in the manager step, so the job reads as one step.
 * Aggregation ends the step, so the shared inbox is released there.
 */
class ConsolidationPartitions implements Partitioner, StepExecutionAggregator {

	private final StepExecutionAggregator counts = new DefaultStepExecutionAggregator();

	private final CheckedInboxes inboxes;

	ConsolidationPartitions(CheckedInboxes inboxes) {
		this.inboxes = inboxes;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new HashMap<>();
		for (int i = 0; i < gridSize; i++) {
			ExecutionContext context = new ExecutionContext();
			context.putInt("worker", i);
			partitions.put("worker" + i, context);
		}
		return partitions;
	}

	@Override
	public void aggregate(StepExecution result, Collection<StepExecution> executions) {
		inboxes.release(result.getJobExecutionId());
		counts.aggregate(result, executions);
		ExecutionContext total = result.getExecutionContext();
		for (String key : new String[] { ConsolidationProgress.FILES, ConsolidationProgress.LOADED,
				ConsolidationProgress.REJECTED, ConsolidationProgress.ALREADY_CONSOLIDATED }) {
			total.putInt(key, executions.stream().mapToInt(e -> e.getExecutionContext().getInt(key, 0)).sum());
		}
		total.putLong(ConsolidationProgress.ROWS,
				executions.stream().mapToLong(e -> e.getExecutionContext().getLong(ConsolidationProgress.ROWS, 0)).sum());
	}

}
