package org.catchup.web.jobs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.catchup.submission.ConsolidationProgressBoard;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Service;

/** Job executions read from the Spring Batch job repository, and the one repair an operator may make. */
@Service
class Executions {

	private static final int INSTANCES_PER_JOB = 25;

	private final JobRepository repository;

	private final JobOperator operator;

	private final ConsolidationProgressBoard board;

	Executions(JobRepository repository, JobOperator operator, ConsolidationProgressBoard board) {
		this.repository = repository;
		this.operator = operator;
		this.board = board;
	}

	/** The latest executions of every job, newest first. */
	List<ExecutionRow> latest(int limit) {
		List<JobExecution> executions = new ArrayList<>();
		for (String job : repository.getJobNames()) {
			for (JobInstance instance : repository.getJobInstances(job, 0, INSTANCES_PER_JOB)) {
				executions.addAll(repository.getJobExecutions(instance));
			}
		}
		return executions.stream()
			.sorted(Comparator.comparingLong(JobExecution::getId).reversed())
			.limit(limit)
			.map(Executions::row)
			.toList();
	}

	Optional<JobExecution> find(long id) {
		return Optional.ofNullable(repository.getJobExecution(id));
	}

	Progress progress(JobExecution execution) {
		List<Progress.StepProgress> steps = execution.getStepExecutions()
			.stream()
			.map(step -> new Progress.StepProgress(step.getStepName(), step.getStatus().name(), step.getReadCount(),
					step.getWriteCount(), step.getSkipCount()))
			.toList();
		boolean running = execution.isRunning();
		Optional<ConsolidationProgressBoard.Snapshot> live = running ? board.of(execution.getId()) : Optional.empty();
		if (live.isPresent()) {
			ConsolidationProgressBoard.Snapshot now = live.get();
			return new Progress(execution.getId(), execution.getStatus().name(), true, steps, now.total(), now.done(),
					now.rows(), now.rejected(), now.currentFile());
		}
		ExecutionContext context = execution.getStepExecutions()
			.stream()
			.map(StepExecution::getExecutionContext)
			.filter(c -> c.containsKey("files"))
			.findFirst()
			.orElse(null);
		if (context == null) {
			return new Progress(execution.getId(), execution.getStatus().name(), running, steps, null, null, null,
					null, null);
		}
		int done = context.getInt("files");
		return new Progress(execution.getId(), execution.getStatus().name(), running, steps,
				context.getInt("filesTotal", done), done, context.getLong("rows", 0L), context.getInt("rejected", 0),
				null);
	}

	/**
	 * Marks an execution left STARTED by a process that died as FAILED, with an end time, so it
	 * can be restarted (Spring Batch 6's {@code JobOperator.recover}).
	 */
	JobExecution markFailed(long id) {
		JobExecution execution = find(id).orElseThrow(() -> new IllegalArgumentException("No execution " + id));
		if (execution.getStatus() != BatchStatus.STARTED && execution.getStatus() != BatchStatus.STOPPING
				&& execution.getStatus() != BatchStatus.STARTING) {
			throw new IllegalStateException("Execution " + id + " is " + execution.getStatus() + ", not left running");
		}
		return operator.recover(execution);
	}

	static ExecutionRow row(JobExecution execution) {
		long read = 0;
		long written = 0;
		long skipped = 0;
		for (StepExecution step : execution.getStepExecutions()) {
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
				return pdf.substring(Math.max(pdf.lastIndexOf('/'), pdf.lastIndexOf('\\')) + 1) + " and .xlsx";
			}
		}
		return null;
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
