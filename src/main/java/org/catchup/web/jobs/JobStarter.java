package org.catchup.web.jobs;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.catchup.launcher.JobLaunches;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Starts and restarts jobs for the web pages in the background, so a page answers at once and
 * the run is watched on the executions page. A start that fails before it is recorded (say a
 * missing parameter) is kept here to be shown, since the job repository never sees it.
 */
@Component
public class JobStarter implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(JobStarter.class);

	private final JobLaunches launches;

	private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
		Thread thread = new Thread(runnable, "web-job");
		thread.setDaemon(true);
		return thread;
	});

	private final Deque<String> failures = new ArrayDeque<>();

	private final JobRepository repository;

	JobStarter(JobLaunches launches, JobRepository repository) {
		this.launches = launches;
		this.repository = repository;
	}

	public void start(String jobName, Map<String, String> parameters) {
		if (!launches.jobNames().contains(jobName)) {
			throw new IllegalArgumentException("No job named '" + jobName + "'");
		}
		awaitRecorded(jobName,
				executor.submit(() -> run(jobName + " " + parameters, () -> launches.start(jobName, parameters))));
	}

	public void restart(long executionId) {
		JobExecution failed = repository.getJobExecution(executionId);
		String jobName = failed == null ? null : failed.getJobInstance().getJobName();
		awaitRecorded(jobName, executor.submit(() -> run("restart of #" + executionId, () -> launches.restart(executionId))));
	}

	/**
	 * Waits a moment until the run shows in the job repository (or is already over), so the
	 * page the operator lands on lists it.
	 */
	private void awaitRecorded(String jobName, Future<?> run) {
		long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
		while (!run.isDone() && System.nanoTime() < until
				&& (jobName == null || repository.findRunningJobExecutions(jobName).isEmpty())) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Starts that failed before the job repository recorded them, newest first. */
	synchronized List<String> recentFailures() {
		return List.copyOf(failures);
	}

	private void run(String what, Launch launch) {
		try {
			launch.run();
		}
		catch (Exception ex) {
			log.warn("Could not run {}: {}", what, ex.getMessage());
			synchronized (this) {
				failures.addFirst(what + ": " + ex.getMessage());
				while (failures.size() > 5) {
					failures.removeLast();
				}
			}
		}
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

	private interface Launch {

		void run() throws Exception;

	}

}
