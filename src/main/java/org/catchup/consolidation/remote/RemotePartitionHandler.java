package org.catchup.consolidation.remote;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.scheduling.TaskScheduler;

/**
 * The night's partitions on the workers: Spring Batch's {@link MessageChannelPartitionHandler}
 * sends one request per partition to the broker's queue and polls the shared job repository
 * until every partition has ended, while {@link LostPartitions} fails those whose worker is gone
 * so the wait stays bounded.
 *
 * <p>Polling rather than replies: the workers record each partition's progress and end in the
 * job repository anyway, so there is no reply queue to lose, no aggregation to keep in the
 * manager's memory, and the state that a restart reads is the state the manager waited on.
 *
 * <p>What it returns are the manager's own partition step executions, brought up to date from
 * the repository (status, counts, execution context with the worker's name) and, for each that
 * failed, a failure exception naming the partition, so the launcher's summary and the aggregation
 * read them as they read local partitions.
 */
class RemotePartitionHandler implements PartitionHandler {

	private final MessageChannelPartitionHandler messages;

	private final String workerStep;

	private final LostPartitions lost;

	private final TaskScheduler scheduler;

	private final RemoteSettings settings;

	RemotePartitionHandler(MessageChannelPartitionHandler messages, String workerStep, LostPartitions lost,
			TaskScheduler scheduler, RemoteSettings settings) {
		this.messages = messages;
		this.workerStep = workerStep;
		this.lost = lost;
		this.scheduler = scheduler;
		this.settings = settings;
	}

	@Override
	public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution manager) throws Exception {
		long run = manager.getJobExecutionId();
		LocalDateTime since = LocalDateTime.now();
		ScheduledFuture<?> watch = scheduler.scheduleWithFixedDelay(() -> lost.sweep(run, workerStep, since),
				settings.pollInterval());
		Collection<StepExecution> ended;
		try {
			ended = messages.handle(splitter, manager);
		}
		catch (TimeoutException ex) {
			ended = lost.failUnfinished(run, workerStep, "the night's partitions did not all finish within "
					+ "catchup.consolidation.remote-timeout (" + settings.remoteTimeout() + ")");
		}
		finally {
			watch.cancel(false);
		}
		return refreshed(manager, ended);
	}

	private static Collection<StepExecution> refreshed(StepExecution manager, Collection<StepExecution> ended) {
		Map<Long, StepExecution> mine = manager.getJobExecution()
			.getStepExecutions()
			.stream()
			.collect(Collectors.toMap(StepExecution::getId, Function.identity()));
		List<StepExecution> result = new ArrayList<>();
		for (StepExecution polled : ended) {
			StepExecution own = mine.get(polled.getId());
			if (own == null) {
				result.add(polled);
				continue;
			}
			own.setStatus(polled.getStatus());
			own.setExitStatus(polled.getExitStatus());
			own.setReadCount(polled.getReadCount());
			own.setWriteCount(polled.getWriteCount());
			own.setFilterCount(polled.getFilterCount());
			own.setReadSkipCount(polled.getReadSkipCount());
			own.setProcessSkipCount(polled.getProcessSkipCount());
			own.setWriteSkipCount(polled.getWriteSkipCount());
			own.setCommitCount(polled.getCommitCount());
			own.setRollbackCount(polled.getRollbackCount());
			own.setStartTime(polled.getStartTime());
			own.setEndTime(polled.getEndTime());
			own.setLastUpdated(polled.getLastUpdated());
			own.setExecutionContext(polled.getExecutionContext());
			own.setVersion(polled.getVersion());
			if (own.getStatus() == BatchStatus.FAILED) {
				own.addFailureException(new PartitionFailedException(failure(polled)));
			}
			result.add(own);
		}
		return result;
	}

	private static String failure(StepExecution partition) {
		String description = partition.getExitStatus().getExitDescription();
		String first = description == null || description.isBlank() ? "it failed"
				: description.lines().findFirst().orElse("it failed").strip();
		String name = PartitionNames.describe(partition);
		return first.startsWith(name) ? first : name + " failed: " + first;
	}

	/** A partition that a worker did not finish, named with its enterprise and files. */
	static class PartitionFailedException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		PartitionFailedException(String message) {
			super(message);
		}

	}

}
