package org.catchup.consolidation;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Adds the partitions' counts ({@link ConsolidationProgress}) up in the manager step, so the
 * run reads as one step: files, loaded, rejected, seen before, rows, and the run's total. Files
 * that several partitions could not move out of the inbox are named in one failure of the run.
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
		List<String> notMoved = executions.stream()
			.map(e -> e.getExecutionContext().getString(ConsolidationProgress.NOT_MOVED, ""))
			.filter(names -> !names.isEmpty())
			.flatMap(names -> Arrays.stream(names.split(", ")))
			.sorted()
			.toList();
		if (!notMoved.isEmpty()) {
			total.putString(ConsolidationProgress.NOT_MOVED, String.join(", ", notMoved));
			result.addFailureException(new IllegalStateException(ConsolidationProgress.notMovedMessage(
					total.getInt(ConsolidationProgress.LOADED) + total.getInt(ConsolidationProgress.REJECTED), notMoved)));
		}
	}

}
