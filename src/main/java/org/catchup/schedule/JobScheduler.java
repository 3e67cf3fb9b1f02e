package org.catchup.schedule;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.catchup.jobs.InvalidJobParameterException;
import org.catchup.jobs.JobAlreadyRunningException;
import org.catchup.jobs.JobDefinitions;
import org.catchup.jobs.JobLaunches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Runs the jobs on the schedules of their files in {@code jobs/} (read once, at start: a
 * changed file counts after a restart). Each due time plans the next one, then starts the job
 * through {@link JobLaunches}, so the job lock keeps it exclusive against manual runs and other
 * instances; under the lock it checks whether another instance already ran it since it was
 * due, so a due time fires once in a cluster. On start it runs once each job whose due time
 * passed while nothing was up ({@code catchup.scheduling.catch-up-missed}).
 */
public class JobScheduler implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

	private final JobLaunches launches;

	private final JobDefinitions definitions;

	private final LastRuns lastRuns;

	private final SchedulingProperties properties;

	private final Clock clock;

	private final Map<String, LocalDateTime> nextRuns = new ConcurrentHashMap<>();

	private volatile ThreadPoolTaskScheduler executor;

	JobScheduler(JobLaunches launches, JobDefinitions definitions, LastRuns lastRuns, SchedulingProperties properties,
			Clock clock) {
		this.launches = launches;
		this.definitions = definitions;
		this.lastRuns = lastRuns;
		this.properties = properties;
		this.clock = clock;
	}

	/** The schedules of the jobs that exist, read from their files now. */
	List<Schedule> schedules() {
		return definitions.definitions()
			.stream()
			.filter(definition -> {
				boolean known = launches.jobNames().contains(definition.name());
				if (!known) {
					log.warn("{} names no job (the jobs are {}); ignored", definitions.file(definition.name()),
							launches.jobNames());
				}
				return known;
			})
			.flatMap(definition -> Schedule.of(definition, definitions.file(definition.name()).toString()).stream())
			.toList();
	}

	/** When each scheduled job runs next, by job name. */
	public Map<String, LocalDateTime> nextRuns() {
		return Collections.unmodifiableMap(new TreeMap<>(nextRuns));
	}

	@Override
	public void start() {
		List<Schedule> schedules = schedules();
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(Math.max(2, schedules.size()));
		scheduler.setThreadNamePrefix("catchup-schedule-");
		scheduler.setClock(clock);
		// On shutdown: drop the planned runs, but let a running job finish its file rather than interrupt it.
		scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		scheduler.setWaitForTasksToCompleteOnShutdown(true);
		scheduler.setAwaitTerminationSeconds(60);
		scheduler.initialize();
		executor = scheduler;
		LocalDateTime now = LocalDateTime.now(clock);
		for (Schedule schedule : schedules) {
			if (properties.catchUpMissed()) {
				missed(schedule, now).ifPresent(due -> {
					log.info("{} was due at {} while no instance was running: running it once now", schedule.jobName(),
							due);
					scheduler.execute(() -> run(schedule, due));
				});
			}
			plan(schedule, now);
		}
	}

	/** The due time this job missed while no instance was up, if any. */
	Optional<LocalDateTime> missed(Schedule schedule, LocalDateTime now) {
		return schedule.missedSince(lastRuns.last(schedule.jobName()).orElse(null), now);
	}

	private void plan(Schedule schedule, LocalDateTime after) {
		LocalDateTime due = schedule.next(after);
		if (due == null) {
			return;
		}
		ThreadPoolTaskScheduler scheduler = executor;
		if (scheduler == null) {
			return; // stopped
		}
		nextRuns.put(schedule.jobName(), due);
		log.info("{} scheduled '{}': next run {}", schedule.jobName(), schedule.expression(), due);
		scheduler.schedule(() -> {
			plan(schedule, due);
			run(schedule, due);
		}, due.atZone(clock.getZone()).toInstant());
	}

	void run(Schedule schedule, LocalDateTime due) {
		String job = schedule.jobName();
		Map<String, String> parameters = ScheduledParameters.forRun(job, due,
				definitions.parameters(job, Map.of()));
		try {
			Optional<JobExecution> execution = launches.startUnless(job, parameters,
					() -> lastRuns.ranSince(job, due));
			execution.ifPresentOrElse(
					e -> log.info("Scheduled {} (due {}) {} as execution {}", job, due, e.getStatus(), e.getId()),
					() -> log.info("Scheduled {} (due {}) skipped: another instance has run it since", job, due));
		}
		catch (JobAlreadyRunningException ex) {
			log.warn("Scheduled {} (due {}) skipped: {}", job, due, ex.getMessage());
		}
		catch (InvalidJobParameterException ex) {
			log.error("Scheduled {} (due {}) not started: {} (see {})", job, due, ex.getMessage(), definitions.file(job));
		}
		catch (Exception ex) {
			log.error("Scheduled {} (due {}) could not be started", job, due, ex);
		}
	}

	@Override
	public void stop() {
		ThreadPoolTaskScheduler scheduler = executor;
		executor = null;
		if (scheduler != null) {
			scheduler.shutdown();
		}
		nextRuns.clear();
	}

	@Override
	public boolean isRunning() {
		return executor != null;
	}

}
