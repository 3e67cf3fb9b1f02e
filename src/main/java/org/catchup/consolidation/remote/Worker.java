package org.catchup.consolidation.remote;

import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * A {@code ./catchup worker} process while it serves partitions: it checks the broker and
 * enters itself in the {@link WorkerRegistry} before the queue's listener starts (an earlier
 * phase), says it is alive every heartbeat, and leaves the registry after the listener stopped.
 */
public class Worker implements SmartLifecycle {

	/** Before the inbound adapter (phase 0) starts, after it stops. */
	static final int PHASE = -100;

	private static final Logger log = LoggerFactory.getLogger(Worker.class);

	private final WorkerIdentity identity;

	private final WorkerRegistry registry;

	private final Broker broker;

	private final RemoteSettings settings;

	/**
	 * Its own, not the context's: the heartbeat must go on while the listener finishes the
	 * partitions in hand on the way down, after the context's schedulers have stopped.
	 */
	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	private volatile ScheduledFuture<?> heartbeat;

	public Worker(WorkerIdentity identity, WorkerRegistry registry, Broker broker, RemoteSettings settings) {
		this.identity = identity;
		this.registry = registry;
		this.broker = broker;
		this.settings = settings;
		scheduler.setThreadNamePrefix("catchup-worker-heartbeat-");
		scheduler.setDaemon(true);
	}

	@Override
	public void start() {
		broker.verify("the worker did not start");
		registry.register(identity, broker.queueName(), settings.workerPartitions());
		scheduler.initialize();
		heartbeat = scheduler.scheduleWithFixedDelay(this::beat, settings.workerHeartbeat());
		log.info("Worker {} serves the consolidation's partitions from queue '{}' at {}, {} at a time; stop it with Ctrl-C",
				identity.shown(), broker.queueName(), broker.address(), settings.workerPartitions());
	}

	private void beat() {
		try {
			if (!registry.heartbeat(identity)) {
				// its row was cleared (emptied tables, a day's silence): enter again
				log.warn("Worker {} was no longer registered; entering it again", identity.shown());
				registry.register(identity, broker.queueName(), settings.workerPartitions());
			}
		}
		catch (RuntimeException ex) {
			// a database hiccup: the next heartbeat tries again, well before the worker counts as gone
			log.warn("Worker {} could not say it is alive: {}", identity.shown(), ex.getMessage());
		}
	}

	@Override
	public void stop() {
		ScheduledFuture<?> running = heartbeat;
		heartbeat = null;
		if (running != null) {
			running.cancel(false);
			scheduler.shutdown();
			try {
				registry.unregister(identity);
			}
			catch (RuntimeException ex) {
				log.warn("Worker {} could not leave the registry: {}", identity.shown(), ex.getMessage());
			}
			log.info("Worker {} stopped", identity.shown());
		}
	}

	@Override
	public boolean isRunning() {
		return heartbeat != null;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
