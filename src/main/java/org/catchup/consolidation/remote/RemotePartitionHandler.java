package org.catchup.consolidation.remote;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * <p>A night splits into as many partitions as the live workers run at once (each registers its
 * {@code worker-partitions}), at most {@code remote-partitions}: each partition costs its message,
 * claim, step start and end whatever it holds, and partitions dealt in several waves over the
 * same workers pay those costs several times over for nothing (the split is balanced by bytes).
 * With no worker heard of yet, it splits into {@code remote-partitions}, waiting for any.
 *
 * <p>What it returns are the manager's own partition step executions, brought up to date from
 * the repository (status, counts, execution context with the worker's name) and, for each that
 * failed, a failure exception naming the partition, so the launcher's summary and the aggregation
 * read them as they read local partitions.
 */
class RemotePartitionHandler implements PartitionHandler {

	private static final Logger log = LoggerFactory.getLogger(RemotePartitionHandler.class);

	/** Spring Batch's handler for a night split into so many partitions. */
	private final IntFunction<MessageChannelPartitionHandler> messages;

	private final String workerStep;

	private final LostPartitions lost;

	private final WorkerRegistry registry;

	private final TaskScheduler scheduler;

	private final RemoteSettings settings;

	RemotePartitionHandler(IntFunction<MessageChannelPartitionHandler> messages, String workerStep,
			LostPartitions lost, WorkerRegistry registry, TaskScheduler scheduler, RemoteSettings settings) {
		this.messages = messages;
		this.workerStep = workerStep;
		this.lost = lost;
		this.registry = registry;
		this.scheduler = scheduler;
		this.settings = settings;
	}

	@Override
	public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution manager) throws Exception {
		long run = manager.getJobExecutionId();
		LocalDateTime since = LocalDateTime.now();
		// at the pace the workers say they are alive: a lost worker shows no sooner
		ScheduledFuture<?> watch = scheduler.scheduleWithFixedDelay(() -> lost.sweep(run, workerStep, since),
				settings.workerHeartbeat());
		Collection<StepExecution> ended;
		try {
			ended = messages.apply(gridSize()).handle(splitter, manager);
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

	/** One partition per slot of the live workers, at most {@code remote-partitions}. */
	int gridSize() {
		int slots = registry.livePartitionSlots(settings.queue(), settings.workerTimeout());
		int grid = slots < 1 ? settings.remotePartitions() : Math.min(slots, settings.remotePartitions());
		log.info("The night splits into at most {} partition(s): {}", grid, slots < 1
				? "no worker serves queue '" + settings.queue() + "' yet (catchup.consolidation.remote-partitions)"
				: "the live workers run " + slots + " at once");
		return grid;
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
