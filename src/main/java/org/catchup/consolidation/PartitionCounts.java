package org.catchup.consolidation;

import java.util.Collection;

import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Adds the partitions' counts ({@link ConsolidationProgress}) up in the manager step, so the
 * run reads as one step: files, loaded, rejected, seen before, rows, and the run's total.
 */
class PartitionCounts implements StepExecutionAggregator {

	private final StepExecutionAggregator statuses = new DefaultStepExecutionAggregator();

	@Override
	public void aggregate(StepExecution result, Collection<StepExecution> executions) {
		statuses.aggregate(result, executions);
		ExecutionContext total = result.getExecutionContext();
		for (String key : new String[] { ConsolidationProgress.FILES, ConsolidationProgress.LOADED,
				ConsolidationProgress.REJECTED, ConsolidationProgress.ALREADY_CONSOLIDATED }) {
			total.putInt(key, executions.stream().mapToInt(e -> e.getExecutionContext().getInt(key, 0)).sum());
		}
		total.putLong(ConsolidationProgress.ROWS,
				executions.stream().mapToLong(e -> e.getExecutionContext().getLong(ConsolidationProgress.ROWS, 0)).sum());
		total.putInt(ConsolidationProgress.TOTAL, executions.stream()
			.mapToInt(e -> e.getExecutionContext().getInt(ConsolidationProgress.TOTAL, 0))
			.max()
			.orElse(0));
	}

}
