package org.catchup.jobs;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.catchup.system.CatchUpProperties;
import org.catchup.warehouse.ReferenceDataRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one way a job starts, whoever asks: the command line, the schedules, the web pages and
 * the JSON API. Each start checks its parameters by the job's {@link JobParameterRules}, takes
 * the job's {@link JobLock}, launches and returns the execution. Defaults come from the job's
 * file in {@code jobs/}. Each start is a new job instance (the {@code run.at} parameter), so a
 * month's bulletin can be rendered again; a failed run is resumed with {@link #restart(long)}.
 *
 * <p>A job runs at most once at a time across every process on the database: a second start or
 * restart is refused with {@link JobAlreadyRunningException} before it creates an execution or
 * touches a file. {@link #start(String, Map)} and {@link #restart(long)} run the job to its end;
 * the web's {@link #startInBackground} and {@link #restartInBackground} return as soon as the
 * run is recorded, so a page answers at once and the run is watched on the executions page.
 */
@Component
public class JobLaunches implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(JobLaunches.class);

	private static final Duration RECORDED_WITHIN = Duration.ofSeconds(10);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final JobDefinitions definitions;

	private final Map<String, Job> jobs;

	private final JobLock lock;

	private final StaleExecutions staleExecutions;

	private final JobParameterRules rules;

	private final List<JobStartCheck> startChecks;

	private final ExecutorService background = Executors.newFixedThreadPool(2, runnable -> {
		Thread thread = new Thread(runnable, "web-job");
		thread.setDaemon(true);
		return thread;
	});

	public JobLaunches(JobOperator jobOperator, JobRepository jobRepository, List<Job> jobs,
			CatchUpProperties properties, JobLock lock, StaleExecutions staleExecutions,
			ReferenceDataRepository referenceData, ObjectProvider<Clock> clock, ObjectProvider<JobStartCheck> startChecks) {
		this.startChecks = startChecks.orderedStream().toList();
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
		startChecks.forEach(c -> c.check(jobName));
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
		String jobName = failed.getJobInstance().getJobName();
		startChecks.forEach(c -> c.check(jobName));
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

	/**
	 * Starts the job on a background thread with parameters from the web (paths confined to
	 * their folders). Whatever keeps the run from starting is thrown here, to the person who
	 * asked; once the run is recorded, its outcome is in the job repository.
	 * @return the new execution's id, empty if it was not recorded within a few seconds
	 * @throws IllegalArgumentException for an unknown job
	 * @throws InvalidJobParameterException for a wrong parameter
	 * @throws JobAlreadyRunningException when the job runs already
	 */
	public OptionalLong startInBackground(String jobName, Map<String, String> parameters) {
		// checked here too, so a wrong parameter is told at once and no thread is used for it
		check(jobName, parameters, ParameterOrigin.WEB);
		CompletableFuture<JobLease> locked = new CompletableFuture<>();
		Future<JobExecution> run = background.submit(() -> start(jobName, parameters, ParameterOrigin.WEB,
				locked::complete));
		return awaitRecorded(jobName, jobName + " " + parameters, run, locked);
	}

	/** Restarts the execution on a background thread; as {@link #startInBackground}. */
	public OptionalLong restartInBackground(String jobName, long executionId) {
		CompletableFuture<JobLease> locked = new CompletableFuture<>();
		Future<JobExecution> run = background.submit(() -> restart(executionId, locked::complete));
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
		background.shutdownNow();
	}

}
