package org.catchup.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.catchup.bulletin.BulletinJobConfiguration;
import org.catchup.database.ConnectionFailures;
import org.catchup.database.DatabaseLoss;
import org.catchup.reference.ReferenceDataRejectedException;
import org.catchup.reference.ReferenceProblem;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The one-screen account of a finished job execution that the launcher prints. */
final class JobSummary {

	private static final int SHOWN_PROBLEMS = 50;

	/** What {@code PartitionStep} says when a partition failed (Spring Batch 6). */
	private static final String PARTITION_FAILED = "Partition handler returned an unsuccessful step";

	private JobSummary() {
	}

	static int print(JobExecution execution, PrintStream out) {
		return print(execution, null, out);
	}

	/** A value as the summary shows it: a list (such as a partition's files) by its length. */
	private static Object shown(Object value) {
		return value instanceof Collection<?> list ? list.size() + " entries" : value;
	}

	/** Prints the account and returns the launcher's exit code for it. */
	static int print(JobExecution execution, DatabaseLoss loss, PrintStream out) {
		Duration took = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
				: Duration.between(execution.getStartTime(), execution.getEndTime());
		out.printf("%n== %s #%d: %s in %.1f s%n", execution.getJobInstance().getJobName(), execution.getId(),
				execution.getStatus(), took.toMillis() / 1000.0);
		for (StepExecution step : execution.getStepExecutions()) {
			out.printf("   step %-20s %-9s read %d, written %d, skipped %d%n", step.getStepName(), step.getStatus(),
					step.getReadCount(), step.getWriteCount(), step.getSkipCount());
			ExecutionContext context = step.getExecutionContext();
			context.entrySet()
				.stream()
				.filter(e -> !e.getKey().startsWith("batch."))
				.sorted(java.util.Map.Entry.comparingByKey())
				.forEach(e -> out.printf("   %-26s %s%n", e.getKey(), shown(e.getValue())));
		}
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return ExitCodes.OK;
		}
		Optional<StepExecution> unsentMail = execution.getStepExecutions()
			.stream()
			.filter(step -> BulletinJobConfiguration.UNSENT_MAIL.equals(step.getExitStatus().getExitCode()))
			.findFirst();
		if (execution.getStatus() == BatchStatus.STOPPED && unsentMail.isPresent()) {
			out.printf("   MAIL NOT SENT: %s%n", unsentMail.get().getExitStatus().getExitDescription());
			out.printf("   The bulletins are rendered. Send the unsent mails with: ./catchup restart %d%n",
					execution.getId());
			return ExitCodes.MAIL_UNSENT;
		}
		List<Throwable> failures = execution.getAllFailureExceptions();
		String job = execution.getJobInstance().getJobName();
		Optional<ReferenceDataRejectedException> rejected = failures.stream()
			.map(JobSummary::rejection)
			.flatMap(Optional::stream)
			.findFirst();
		if (rejected.isPresent()) {
			printRejection(rejected.get(), execution, out);
			return ExitCodes.INPUT_REJECTED;
		}
		if (failures.stream().anyMatch(ConnectionFailures::isConnectionFailure)) {
			out.printf("   FAILED: %s%n", databaseLost(loss, execution.getId(), job));
			return ExitCodes.DATABASE_UNREACHABLE;
		}
		failures.stream()
			.filter(ex -> failures.size() == 1 || !isPartitionsSummary(ex))
			.forEach(ex -> out.printf("   FAILED: %s%n", rootMessage(ex)));
		out.printf("   Resume it with: ./catchup restart %d%n", execution.getId());
		return ExitCodes.FAILED;
	}

	/**
	 * Spring Batch's own word that a partition failed, which says nothing the partition's own
	 * failure does not say better: left out when that failure is there too.
	 */
	private static boolean isPartitionsSummary(Throwable failure) {
		return failure instanceof JobExecutionException && PARTITION_FAILED.equals(failure.getMessage());
	}

	/**
	 * The sentence for a database lost during a run, with the next step.
	 * @param executionId the execution to restart, or null when it is not known (it could not be recorded)
	 */
	static String databaseLost(DatabaseLoss loss, Long executionId, String job) {
		LocalTime now = LocalTime.now().truncatedTo(ChronoUnit.SECONDS);
		String at = (loss == null ? now : loss.lastLoss().orElse(now)).toString();
		String url = loss == null ? "the warehouse" : loss.url();
		String kept = "consolidation".equals(job) ? "nothing of the unfinished files was stored (they wait in the inbox)"
				: "what was in progress was rolled back";
		String next = executionId != null ? "resume with: ./catchup restart " + executionId
				: job != null ? "run it again: ./catchup run " + job : "run the command again";
		return "The database stopped answering at " + at + " (" + url + "); " + kept + ". When it is back, "
				+ next;
	}

	private static Optional<ReferenceDataRejectedException> rejection(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof ReferenceDataRejectedException rejected) {
				return Optional.of(rejected);
			}
		}
		return Optional.empty();
	}

	/** A refused workbook: its problems, one a line, and what to do; a restart would read the same file again. */
	private static void printRejection(ReferenceDataRejectedException rejected, JobExecution execution,
			PrintStream out) {
		List<ReferenceProblem> problems = rejected.problems();
		out.printf("   REJECTED: reference workbook %s, nothing changed; %d problem(s):%n", rejected.fileName(),
				problems.size());
		problems.stream().limit(SHOWN_PROBLEMS).forEach(p -> out.printf("     %s%n", p));
		if (problems.size() > SHOWN_PROBLEMS) {
			out.printf("     ... and %d more%n", problems.size() - SHOWN_PROBLEMS);
		}
		String file = execution.getJobParameters().getString("file");
		out.printf("   Correct the workbook, then load it again: ./catchup run reference-data file=%s%n",
				file == null ? "<workbook>" : file);
	}

	/** The innermost cause's message: what actually went wrong, without the layers around it. */
	static String rootCause(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip();
	}

	static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root == ex ? String.valueOf(ex.getMessage()) : ex.getMessage() + " (" + root.getMessage() + ")";
	}

}
