package org.catchup.launcher;

import java.io.PrintStream;
import java.time.Duration;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The one-screen account of a finished job execution that the launcher prints. */
final class JobSummary {

	private JobSummary() {
	}

	static void print(JobExecution execution, PrintStream out) {
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
				.forEach(e -> out.printf("   %-26s %s%n", e.getKey(), e.getValue()));
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			execution.getAllFailureExceptions()
				.forEach(ex -> out.printf("   FAILED: %s%n", rootMessage(ex)));
			out.printf("   Resume it with: ./catchup restart %d%n", execution.getId());
		}
	}

	static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root == ex ? String.valueOf(ex.getMessage()) : ex.getMessage() + " (" + root.getMessage() + ")";
	}

}
