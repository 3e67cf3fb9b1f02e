package org.catchup.launcher;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.catchup.schedule.JobAlreadyRunningException;
import org.catchup.schedule.JobLease;
import org.catchup.schedule.JobLock;
import org.catchup.system.CatchUpProperties;
import org.catchup.warehouse.ReferenceDataRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts a job by name with string parameters, as the launcher, the scheduler and (later) the
 * web app do. Defaults come from the job's file in {@code jobs/}. Each start is a new job instance (the {@code run.at} parameter), so a month's
 * bulletin can be rendered again; a failed run is resumed with {@link #restart(long)}.
 *
 * <p>A job runs at most once at a time across every process on the database: each start and
 * restart first takes the job's {@link JobLock}, and a second one is refused with
 * {@link JobAlreadyRunningException} before it creates an execution or touches a file. Starts
 * are synchronous; callers that want a run in the background call this from their own thread.
 *
 * <p>Every start is checked by the same {@link JobParameterRules} before it takes the lock,
 * whoever asks: the command line, the schedules, the web pages and the JSON API.
 */
@Component
public class JobLaunches {

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final JobDefinitions definitions;

	private final Map<String, Job> jobs;

	private final JobLock lock;

	private final StaleExecutions staleExecutions;

	private final JobParameterRules rules;

	public JobLaunches(JobOperator jobOperator, JobRepository jobRepository, List<Job> jobs,
			CatchUpProperties properties, JobLock lock, StaleExecutions staleExecutions,
			ReferenceDataRepository referenceData, ObjectProvider<Clock> clock) {
		this.rules = new JobParameterRules(properties.inbox(), referenceUploads(properties),
				() -> referenceData.enterprises().stream().map(e -> e.code()).collect(Collectors.toSet()),
				clock.getIfAvailable(Clock::systemDefaultZone));
		this.staleExecutions = staleExecutions;
		this.definitions = new JobDefinitions(properties.jobs());
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.lock = lock;
		this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
	}

	public Set<String> jobNames() {
		return new TreeSet<>(jobs.keySet());
	}

	/** Where administrators' reference workbooks are kept: web runs of reference-data read only these. */
	public static Path referenceUploads(CatchUpProperties properties) {
		return properties.dataDir().resolve("reference");
	}

	/**
	 * The parameters a start of the job would run with: the job file's defaults overridden by
	 * {@code given}, checked by the job's rules.
	 * @throws IllegalArgumentException for an unknown job
	 * @throws InvalidJobParameterException for a parameter that is wrong or, from the web, outside its folder
	 */
	public Map<String, String> check(String jobName, Map<String, String> given, ParameterOrigin origin) {
		if (!jobs.containsKey(jobName)) {
			throw new IllegalArgumentException("No job named '" + jobName + "'; the jobs are " + jobNames());
		}
		return rules.check(jobName, definitions.parameters(jobName, Map.of()), given, origin);
	}

	/**
	 * Runs the job now, from the command line.
	 * @throws JobAlreadyRunningException when it is running already, here or elsewhere
	 */
	public JobExecution start(String jobName, Map<String, String> parameters) throws Exception {
		return start(jobName, parameters, ParameterOrigin.COMMAND_LINE, lease -> {
		});
	}

	/**
	 * Runs the job now; {@code locked} hears of the lease once it is taken, before the run is
	 * created (how a caller running this in the background learns that the start was not refused).
	 * @throws JobAlreadyRunningException when it is running already, here or elsewhere
	 */
	public JobExecution start(String jobName, Map<String, String> parameters, ParameterOrigin origin,
			Consumer<JobLease> locked) throws Exception {
		return startUnless(jobName, parameters, origin, () -> false, locked).orElseThrow();
	}

	/**
	 * Runs the job now unless {@code alreadyDone}, asked once the job's lock is held, says
	 * another run made this one unnecessary (how a scheduled time fires once in a cluster).
	 * @return the execution, or empty when skipped
	 * @throws JobAlreadyRunningException when it is running already, here or elsewhere
	 */
	public Optional<JobExecution> startUnless(String jobName, Map<String, String> parameters,
			BooleanSupplier alreadyDone) throws Exception {
		return startUnless(jobName, parameters, ParameterOrigin.SCHEDULE, alreadyDone, lease -> {
		});
	}

	private Optional<JobExecution> startUnless(String jobName, Map<String, String> parameters, ParameterOrigin origin,
			BooleanSupplier alreadyDone, Consumer<JobLease> locked) throws Exception {
		Map<String, String> checked = check(jobName, parameters, origin);
		Job job = jobs.get(jobName);
		JobLease lease = lock.acquire(jobName);
		JobExecution execution = null;
		try {
			locked.accept(lease);
			// Under the lock nothing of this job runs anywhere: what still shows as running died.
			staleExecutions.recover(jobName);
			if (alreadyDone.getAsBoolean()) {
				return Optional.empty();
			}
			JobParametersBuilder builder = new JobParametersBuilder();
			checked.forEach(builder::addString);
			builder.addLocalDateTime("run.at", LocalDateTime.now());
			JobParameters jobParameters = builder.toJobParameters();
			execution = jobOperator.start(job, jobParameters);
			return Optional.of(execution);
		}
		finally {
			releaseUnlessRunning(lease, execution);
		}
	}

	/**
	 * Resumes a failed execution.
	 * @throws JobAlreadyRunningException when its job is running already, here or elsewhere
	 */
	public JobExecution restart(long executionId) throws Exception {
		return restart(executionId, lease -> {
		});
	}

	/** Resumes a failed execution; {@code locked} as for {@link #start(String, Map, ParameterOrigin, Consumer)}. */
	public JobExecution restart(long executionId, Consumer<JobLease> locked) throws Exception {
		JobExecution failed = jobRepository.getJobExecution(executionId);
		if (failed == null) {
			throw new IllegalArgumentException("No job execution with id " + executionId);
		}
		JobLease lease = lock.acquire(failed.getJobInstance().getJobName());
		JobExecution execution = null;
		try {
			locked.accept(lease);
			if (failed.isRunning()) {
				// Left STARTED by a process that died: mark it FAILED first, or it cannot be restarted.
				staleExecutions.recover(failed.getJobInstance().getJobName());
				failed = jobRepository.getJobExecution(executionId);
			}
			execution = jobOperator.restart(failed);
			return execution;
		}
		finally {
			releaseUnlessRunning(lease, execution);
		}
	}

	// A job still running (an asynchronous job operator) keeps its lease: the job's end releases it.
	private static void releaseUnlessRunning(JobLease lease, JobExecution execution) {
		if (execution == null || !execution.isRunning()) {
			lease.close();
		}
	}

}
