package org.catchup.web.jobs;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.catchup.launcher.JobLaunches;
import org.catchup.launcher.ParameterOrigin;
import org.catchup.schedule.JobLease;
import org.catchup.schedule.JobLock;
import org.catchup.schedule.LockHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Starts and restarts jobs for the web pages and the JSON API in the background, through
 * {@link JobLaunches} like every other start, so a page answers at once and the run is watched
 * on the executions page. Whatever keeps a run from starting (a wrong parameter, a path
 * outside its folder, the job running elsewhere) is thrown here, to the person who asked; once
 * the run is recorded, its outcome is in the job repository.
 */
@Component
public class JobStarter implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(JobStarter.class);

	private static final Duration RECORDED_WITHIN = Duration.ofSeconds(10);

	private final JobLaunches launches;

	private final JobLock lock;

	private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
		Thread thread = new Thread(runnable, "web-job");
		thread.setDaemon(true);
		return thread;
	});

	JobStarter(JobLaunches launches, JobLock lock) {
		this.launches = launches;
		this.lock = lock;
	}

	public Set<String> jobNames() {
		return launches.jobNames();
	}

	/**
	 * Starts the job with parameters from the web (paths confined to their folders).
	 * @return the new execution's id, empty if it was not recorded within a few seconds
	 * @throws IllegalArgumentException for an unknown job or a wrong parameter
	 * @throws org.catchup.schedule.JobAlreadyRunningException when the job runs already
	 */
	public OptionalLong start(String jobName, Map<String, String> parameters) {
		// checked here too, so a wrong parameter is told at once and no thread is used for it
		launches.check(jobName, parameters, ParameterOrigin.WEB);
		CompletableFuture<JobLease> locked = new CompletableFuture<>();
		Future<JobExecution> run = executor.submit(() -> launches.start(jobName, parameters, ParameterOrigin.WEB,
				locked::complete));
		return awaitRecorded(jobName, jobName + " " + parameters, run, locked);
	}

	/** Restarts the execution; as {@link #start}. */
	public OptionalLong restart(String jobName, long executionId) {
		CompletableFuture<JobLease> locked = new CompletableFuture<>();
		Future<JobExecution> run = executor.submit(() -> launches.restart(executionId, locked::complete));
		return awaitRecorded(jobName, "restart of #" + executionId, run, locked);
	}

	/**
	 * Waits until the run is recorded (its id is in its lock) or over, rethrowing what kept it
	 * from starting.
	 */
	private OptionalLong awaitRecorded(String jobName, String what, Future<JobExecution> run,
			CompletableFuture<JobLease> locked) {
		long until = System.nanoTime() + RECORDED_WITHIN.toNanos();
		while (true) {
			if (run.isDone()) {
				return OptionalLong.of(finished(run).getId());
			}
			if (locked.isDone()) {
				String owner = locked.join().owner();
				Optional<Long> id = lock.holder(jobName)
					.filter(h -> h.owner().equals(owner))
					.map(LockHolder::executionId);
				if (id.isPresent()) {
					return OptionalLong.of(id.get());
				}
			}
			if (System.nanoTime() > until) {
				log.warn("{} was not recorded within {}; it carries on in the background", what, RECORDED_WITHIN);
				return OptionalLong.empty();
			}
			try {
				Thread.sleep(25);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return OptionalLong.empty();
			}
		}
	}

	private static JobExecution finished(Future<JobExecution> run) {
		try {
			return run.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw new IllegalStateException(ex.getCause().getMessage(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting the job", ex);
		}
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

}
