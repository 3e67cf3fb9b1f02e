package org.catchup.launcher;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.catchup.schedule.JobAlreadyRunningException;
import org.catchup.schedule.JobLease;
import org.catchup.schedule.JobLock;
import org.catchup.system.CatchUpProperties;
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
 */
@Component
public class JobLaunches {

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final JobDefinitions definitions;

	private final Map<String, Job> jobs;

	private final JobLock lock;

	public JobLaunches(JobOperator jobOperator, JobRepository jobRepository, List<Job> jobs,
			CatchUpProperties properties, JobLock lock) {
		this.definitions = new JobDefinitions(properties.jobs());
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.lock = lock;
		this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
	}

	public Set<String> jobNames() {
		return new TreeSet<>(jobs.keySet());
	}

	/**
	 * Runs the job now.
	 * @throws JobAlreadyRunningException when it is running already, here or elsewhere
	 */
	public JobExecution start(String jobName, Map<String, String> parameters) throws Exception {
		return startUnless(jobName, parameters, () -> false).orElseThrow();
	}

	/**
	 * Runs the job now unless {@code alreadyDone}, asked once the job's lock is held, says
	 * another run made this one unnecessary (how a scheduled time fires once in a cluster).
	 * @return the execution, or empty when skipped
	 * @throws JobAlreadyRunningException when it is running already, here or elsewhere
	 */
	public Optional<JobExecution> startUnless(String jobName, Map<String, String> parameters,
			BooleanSupplier alreadyDone) throws Exception {
		Job job = jobs.get(jobName);
		if (job == null) {
			throw new IllegalArgumentException("No job named '" + jobName + "'; the jobs are " + jobNames());
		}
		JobLease lease = lock.acquire(jobName);
		JobExecution execution = null;
		try {
			if (alreadyDone.getAsBoolean()) {
				return Optional.empty();
			}
			JobParametersBuilder builder = new JobParametersBuilder();
			definitions.parameters(jobName, parameters).forEach(builder::addString);
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
		JobExecution failed = jobRepository.getJobExecution(executionId);
		if (failed == null) {
			throw new IllegalArgumentException("No job execution with id " + executionId);
		}
		JobLease lease = lock.acquire(failed.getJobInstance().getJobName());
		JobExecution execution = null;
		try {
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
