package org.catchup.web.jobs;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.catchup.consolidation.remote.PartitionClaims;
import org.catchup.consolidation.remote.PartitionNames;
import org.catchup.jobs.JobLock;
import org.catchup.jobs.LockHolder;
import org.catchup.consolidation.ConsolidationProgressBoard;
import org.catchup.web.error.Refusal;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** Job executions read from the Spring Batch job repository, and the one repair an operator may make. */
@Service
public class Executions {

	private static final int INSTANCES_PER_JOB = 25;

	/** The most executions a page of the API may hold. */
	public static final int MAX_PAGE_SIZE = 100;

	// how far back the pages reach: enough for years of nights, bounded so a page stays cheap
	private static final int MAX_PAGES_BACK = 10_000;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final JobRepository repository;

	private final JobOperator operator;

	private final ConsolidationProgressBoard board;

	private final JobLock lock;

	Executions(JobRepository repository, JobOperator operator, ConsolidationProgressBoard board, JobLock lock) {
		this.repository = repository;
		this.operator = operator;
		this.board = board;
		this.lock = lock;
	}

	/** The latest executions of every job, newest first. */
	List<ExecutionRow> latest(int limit) {
		return newest(INSTANCES_PER_JOB).stream().limit(limit).map(Executions::row).toList();
	}

	/**
	 * One page of the executions of every job, newest first.
	 * @param page from 0
	 * @param size at most {@link #MAX_PAGE_SIZE}
	 */
	public List<ExecutionRow> page(int page, int size) {
		int bounded = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		int first = Math.max(0, Math.min(page, MAX_PAGES_BACK)) * bounded;
		// every execution on the page belongs to one of each job's newest first+size instances
		return newest(first + bounded).stream().skip(first).limit(bounded).map(Executions::row).toList();
	}

	private List<JobExecution> newest(int instancesPerJob) {
		List<JobExecution> executions = new ArrayList<>();
		for (String job : repository.getJobNames()) {
			for (JobInstance instance : repository.getJobInstances(job, 0, instancesPerJob)) {
				executions.addAll(repository.getJobExecutions(instance));
			}
		}
		executions.sort(Comparator.comparingLong(JobExecution::getId).reversed());
		return executions;
	}

	Optional<JobExecution> find(long id) {
		try {
			return Optional.ofNullable(repository.getJobExecution(id));
		}
		catch (EmptyResultDataAccessException unknown) {
			// the JDBC job repository throws for an id it does not know
			return Optional.empty();
		}
	}

	/** The execution, or 404 for an id the job repository does not know. */
	public JobExecution get(long id) {
		return find(id).orElseThrow(() -> new Refusal(NOT_FOUND, "error.noExecution", String.valueOf(id)));
	}

	public Progress progress(JobExecution execution) {
		List<Progress.StepProgress> steps = execution.getStepExecutions()
			.stream()
			.map(Executions::stepProgress)
			.toList();
		boolean running = execution.isRunning();
		ExecutionRow row = row(execution);
		long read = row.read();
		long written = row.written();
		Optional<ConsolidationProgressBoard.Snapshot> live = running ? board.of(execution.getId()) : Optional.empty();
		if (live.isPresent()) {
			ConsolidationProgressBoard.Snapshot now = live.get();
			return new Progress(execution.getId(), execution.getStatus().name(), true, steps, read, written, now.total(), now.done(),
					now.rows(), now.rejected(), now.currentFile(),
					now.currentFile() == null ? null : now.currentFileRows());
		}
		ExecutionContext context = execution.getStepExecutions()
			.stream()
			.map(StepExecution::getExecutionContext)
			.filter(c -> c.containsKey("files"))
			.findFirst()
			.orElse(null);
		if (context == null) {
			return new Progress(execution.getId(), execution.getStatus().name(), running, steps, read, written, null, null, null,
					null, null, null);
		}
		int done = context.getInt("files");
		return new Progress(execution.getId(), execution.getStatus().name(), running, steps, read, written,
				context.getInt("filesTotal", done), done, context.getLong("rows", 0L), context.getInt("rejected", 0),
				null, null);
	}

	/** A step's counts; a consolidation partition's enterprises, files and worker, from its execution context. */
	private static Progress.StepProgress stepProgress(StepExecution step) {
		ExecutionContext context = step.getExecutionContext();
		List<String> files = PartitionNames.files(context);
		return new Progress.StepProgress(step.getStepName(), step.getStatus().name(), step.getReadCount(),
				step.getWriteCount(), step.getSkipCount(), PartitionNames.enterprises(context),
				files.isEmpty() ? null : files.size(), context.getString(PartitionClaims.WORKER, null));
	}

	/**
	 * Marks an execution left STARTED by a process that died as FAILED, with an end time, so it
	 * can be restarted (Spring Batch 6's {@code JobOperator.recover}). A run whose job lock is
	 * still renewed by its process is alive, and is left alone.
	 * @throws IllegalStateException when it is not left running, or still runs
	 */
	JobExecution markFailed(long id) {
		JobExecution execution = get(id);
		if (execution.getStatus() != BatchStatus.STARTED && execution.getStatus() != BatchStatus.STOPPING
				&& execution.getStatus() != BatchStatus.STARTING) {
			throw new IllegalStateException("Execution " + id + " is " + execution.getStatus() + ", not left running");
		}
		Optional<LockHolder> live = lock.liveHolder(execution.getJobInstance().getJobName())
			// a lock not yet tied to an execution may be this one's, being created
			.filter(h -> h.executionId() == null || h.executionId() == id);
		if (live.isPresent()) {
			LocalDateTime heartbeat = LocalDateTime.ofInstant(lock.lastHeartbeat(live.get()), ZoneId.systemDefault());
			throw new IllegalStateException("Execution %d is still running on host %s, last heartbeat at %s; it cannot be marked failed."
				.formatted(id, live.get().host(), TIME.format(heartbeat)));
		}
		return operator.recover(execution);
	}

	public static ExecutionRow row(JobExecution execution) {
		long read = 0;
		long written = 0;
		long skipped = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			if (isPartitionManager(step)) {
				// its partitions are counted: the manager only sums theirs, and only once they end
				continue;
			}
			read += step.getReadCount();
			written += step.getWriteCount();
			skipped += step.getSkipCount();
		}
		String failure = execution.getAllFailureExceptions()
			.stream()
			.findFirst()
			.map(Throwable::getMessage)
			.orElseGet(() -> exitFailure(execution));
		return new ExecutionRow(execution.getId(), execution.getJobInstance().getJobName(),
				parameters(execution), execution.getStatus().name(), execution.getStartTime(),
				execution.getEndTime(), execution.getLastUpdated(), read, written, skipped, failure,
				outcome(execution));
	}

	/** The manager of a partitioned step: Spring Batch's splitter notes its grid size in its context. */
	private static boolean isPartitionManager(StepExecution step) {
		return step.getExecutionContext().containsKey(SimpleStepExecutionSplitter.class.getSimpleName() + ".GRID_SIZE");
	}

	/** What a finished run did, from its steps' execution context: files of a night, a bulletin's file. */
	private static String outcome(JobExecution execution) {
		for (StepExecution step : execution.getStepExecutions()) {
			ExecutionContext c = step.getExecutionContext();
			if (c.containsKey("files")) {
				return c.getInt("files") + " files: " + c.getInt("loaded", 0) + " loaded, " + c.getInt("rejected", 0)
						+ " rejected, " + c.getInt("alreadyConsolidated", 0) + " seen before; " + c.getLong("rows", 0L)
						+ " rows";
			}
			if (c.containsKey("pdfFile")) {
				String pdf = c.getString("pdfFile");
				return pdf.substring(Math.max(pdf.lastIndexOf('/'), pdf.lastIndexOf('\\')) + 1) + " and .xlsx"
						+ mailOutcome(execution);
			}
		}
		return null;
	}

	/** What the bulletin's mail step said (sent, unsent, or where it would have gone), after the files. */
	private static String mailOutcome(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.map(StepExecution::getExecutionContext)
			.filter(c -> c.containsKey("mail"))
			.map(c -> "; " + c.getString("mail"))
			.findFirst()
			.orElse("");
	}

	/** The run.at stamp that makes each start a new instance is left out: it only repeats the start time. */
	private static String parameters(JobExecution execution) {
		return execution.getJobParameters()
			.parameters()
			.stream()
			.filter(p -> !p.name().equals("run.at"))
			.map(p -> p.name() + "=" + p.value())
			.sorted()
			.collect(Collectors.joining(" "));
	}

	private static String exitFailure(JobExecution execution) {
		String description = execution.getExitStatus().getExitDescription();
		if (execution.getStatus() != BatchStatus.FAILED || description == null || description.isBlank()) {
			return null;
		}
		int newline = description.indexOf('\n');
		return newline < 0 ? description : description.substring(0, newline);
	}

}
