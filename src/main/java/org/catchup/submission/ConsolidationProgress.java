package org.catchup.submission;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.catchup.validation.ProblemCollector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Counts a consolidation as it goes and says so: "file 3 of 57", rows read, rejected so far.
 * One per step execution; the totals end up in the step's execution context for the summary.
 */
class ConsolidationProgress implements StepExecutionListener {

	static final String FILES = "files";

	static final String LOADED = "loaded";

	static final String REJECTED = "rejected";

	static final String ALREADY_CONSOLIDATED = "alreadyConsolidated";

	static final String ROWS = "rows";

	static final String NOT_MOVED = "notMoved";

	static final String TOTAL = "filesTotal";

	private static final int SHOWN_NOT_MOVED = 10;

	private static final Logger log = LoggerFactory.getLogger(ConsolidationProgress.class);

	private int total;

	/** Shared by the night's writers; a writer's own counts below go to its step's context. */
	private InboxCount night = new InboxCount();

	private int done;

	private int loaded;

	private int rejected;

	private int alreadyConsolidated;

	private long rows;

	private final List<String> notMoved = new ArrayList<>();

	private final ConsolidationMetrics metrics;

	private final ConsolidationProgressBoard board;

	private final Long jobExecutionId;

	ConsolidationProgress(ConsolidationMetrics metrics) {
		this(metrics, null, null);
	}

	/** Posts each change to {@code board} (when given), so a page can show the run live. */
	ConsolidationProgress(ConsolidationMetrics metrics, ConsolidationProgressBoard board, Long jobExecutionId) {
		this.metrics = metrics;
		this.board = board;
		this.jobExecutionId = jobExecutionId;
	}

	/** @param first whether this writer opened the inbox, and so says what it holds, once for the night */
	void started(Path inbox, int files, InboxCount night, boolean first) {
		total = files;
		this.night = night;
		if (first) {
			log.info("Inbox {} holds {} file(s)", inbox, files);
		}
		post(null);
	}

	void checking(Path file) {
		post(file.getFileName().toString());
	}

	private void post(String currentFile) {
		if (board != null && jobExecutionId != null) {
			board.post(jobExecutionId,
					new ConsolidationProgressBoard.Snapshot(total, night.files(), night.rows(), night.rejected(), currentFile));
		}
	}

	void finished(ConsolidationOutcome outcome) {
		metrics.finished(outcome);
		done++;
		rows += outcome.report().lineCount();
		switch (outcome.result()) {
			case LOADED -> loaded++;
			case REJECTED -> rejected++;
			case ALREADY_CONSOLIDATED -> alreadyConsolidated++;
		}
		String what = switch (outcome.result()) {
			case LOADED -> "loaded as version " + outcome.version() + ", " + outcome.report().lineCount() + " rows, "
					+ outcome.report().warningCount() + " warning(s)" + onlyCounted(outcome.report());
			case REJECTED -> "REJECTED with " + outcome.report().errorCount() + " error(s)" + onlyCounted(outcome.report());
			case ALREADY_CONSOLIDATED -> "already consolidated, archived unchanged";
		};
		int number = night.fileDone(outcome.report().lineCount(),
				outcome.result() == ConsolidationOutcome.Result.REJECTED);
		log.info("file {} of {}: {} {} (rows so far {}, rejected so far {})", number, total, outcome.fileName(), what,
				night.rows(), night.rejected());
		post(null);
	}

	/** Consolidated, but the file could not leave the inbox; the next run files it. */
	void notMoved(ConsolidationOutcome outcome, RuntimeException ex) {
		done++;
		// stored all the same: it counts as loaded (or rejected), and is listed as not moved
		switch (outcome.result()) {
			case LOADED -> loaded++;
			case REJECTED -> rejected++;
			case ALREADY_CONSOLIDATED -> alreadyConsolidated++;
		}
		notMoved.add(outcome.fileName());
		int number = night.fileDone(0, outcome.result() == ConsolidationOutcome.Result.REJECTED);
		log.error("file {} of {}: {} was stored ({}) but could not be moved out of the inbox: {}", number, total,
				outcome.fileName(), outcome.result(), ex.getMessage() + causeOf(ex));
	}

	/** A run that could not file every file is not complete: FAILED, so the operator looks, and restarts. */
	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (notMoved.isEmpty()) {
			return null;
		}
		String shown = notMoved.size() <= SHOWN_NOT_MOVED ? String.join(", ", notMoved)
				: String.join(", ", notMoved.subList(0, SHOWN_NOT_MOVED)) + " and " + (notMoved.size() - SHOWN_NOT_MOVED)
						+ " more";
		String message = "Stored " + (loaded + rejected) + " file(s), of which "
				+ notMoved.size() + " could not be moved out of the inbox to the archive or rejected folder (" + shown
				+ "); they stay in the inbox and are not loaded again. Make those folders writable, then run the "
				+ "consolidation again: it files them.";
		stepExecution.setStatus(BatchStatus.FAILED);
		stepExecution.addFailureException(new IllegalStateException(message));
		return ExitStatus.FAILED.addExitDescription(message);
	}

	private static String onlyCounted(SubmissionReport report) {
		return report.someOnlyCounted() ? " (beyond the first " + ProblemCollector.DEFAULT_LIMIT_PER_CODE
				+ " of a kind counted, not listed)" : "";
	}

	private static String causeOf(Throwable ex) {
		return ex.getCause() == null ? "" : " (" + ex.getCause() + ")";
	}

	void saveTo(ExecutionContext context) {
		context.putInt(FILES, done);
		context.putInt(LOADED, loaded);
		context.putInt(REJECTED, rejected);
		context.putInt(ALREADY_CONSOLIDATED, alreadyConsolidated);
		context.putLong(ROWS, rows);
		if (!notMoved.isEmpty()) {
			context.putString(NOT_MOVED, String.join(", ", notMoved));
		}
		context.putInt(TOTAL, total);
	}

}
