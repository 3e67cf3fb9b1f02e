package org.catchup.launcher;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

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
 */
@Component
public class JobLaunches {

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final JobDefinitions definitions;

	private final Map<String, Job> jobs;

	private final StaleExecutions staleExecutions;

	public JobLaunches(JobOperator jobOperator, JobRepository jobRepository, List<Job> jobs,
			CatchUpProperties properties, StaleExecutions staleExecutions) {
		this.staleExecutions = staleExecutions;
		this.definitions = new JobDefinitions(properties.jobs());
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
	}

	public Set<String> jobNames() {
		return new TreeSet<>(jobs.keySet());
	}

	public JobExecution start(String jobName, Map<String, String> parameters) throws Exception {
		Job job = jobs.get(jobName);
		if (job == null) {
			throw new IllegalArgumentException("No job named '" + jobName + "'; the jobs are " + jobNames());
		}
		JobParametersBuilder builder = new JobParametersBuilder();
		definitions.parameters(jobName, parameters).forEach(builder::addString);
		builder.addLocalDateTime("run.at", LocalDateTime.now());
		JobParameters jobParameters = builder.toJobParameters();
		staleExecutions.recover(jobName);
		return jobOperator.start(job, jobParameters);
	}

	public JobExecution restart(long executionId) throws Exception {
		JobExecution failed = jobRepository.getJobExecution(executionId);
		if (failed == null) {
			throw new IllegalArgumentException("No job execution with id " + executionId);
		}
		if (failed.isRunning()) {
			// Left STARTED by a process that died: mark it FAILED first, or it cannot be restarted.
			staleExecutions.recover(failed.getJobInstance().getJobName());
			failed = jobRepository.getJobExecution(executionId);
		}
		return jobOperator.restart(failed);
	}

}
