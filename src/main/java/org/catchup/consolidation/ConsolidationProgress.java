package org.catchup.consolidation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import org.catchup.submission.SubmissionReport;
import org.catchup.validation.ProblemCollector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Says how a consolidation goes: "Inbox … holds 600 file(s)" once, when the inbox is split, then
 * "file 7 of 600" for every file as it is filed, numbered over the whole inbox by the
 * {@link ConsolidationCounts} that every partition adds to. One per step execution: the
 * manager's announces the inbox; each partition's keeps its own counts, which end up in its
 * step's execution context and are summed in the manager's ({@link PartitionCounts}).
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

	/** A long file's rows reach the board this often; a page polls every two seconds. */
	private static final int BOARD_EVERY_ROWS = 1000;

	private static final Logger log = LoggerFactory.getLogger(ConsolidationProgress.class);

	/** Files of the whole run, as the night's count had it at the last chunk. */
	private int total;

	/** This partition's own counts. */
	private int done;

	private int loaded;

	private int rejected;

	private int alreadyConsolidated;

	private long rows;

	private final List<String> notMoved = new ArrayList<>();

	/** The numbers of the chunk being filed: the next file's, and the night's rows and rejections before it. */
	private int nextNumber;

	private long rowsSoFar;

	private int rejectedSoFar;

	/** The file being stored now and its rows read so far, for the board. */
	private String currentFile;

	private long currentFileRows;

	private final long rowsPerLine;

	private final ConsolidationMetrics metrics;

	private final ConsolidationProgressBoard board;

	private final ConsolidationCounts counts;

	private final long jobExecutionId;

	/** @param rowsPerLine a long file being stored says how far it got every so many rows */
	ConsolidationProgress(ConsolidationMetrics metrics, ConsolidationProgressBoard board, ConsolidationCounts counts,
			long jobExecutionId, long rowsPerLine) {
		this.rowsPerLine = rowsPerLine;
		this.metrics = metrics;
		this.board = board;
		this.counts = counts;
		this.jobExecutionId = jobExecutionId;
	}

	/** Said once a run, by the manager, when it has split the inbox: the files this run consolidates. */
	void inboxHolds(Path inbox, int files) {
		total = files;
		counts.begin(jobExecutionId, files);
		log.info("Inbox {} holds {} file(s)", inbox, files);
		board.post(jobExecutionId, new ConsolidationProgressBoard.Snapshot(files, 0, 0, 0, null, 0));
	}

	/** A file is being stored: its rows are known when it was checked whole, else they follow ({@link #rowsRead}). */
	void storing(CheckedSubmission item) {
		currentFile = item.file().getFileName().toString();
		currentFileRows = item instanceof CheckedSubmission.Checked checked ? checked.report().lineCount() : 0;
		post();
	}

	/**
	 * {@link #rowsRead}, bound to this object for a file about to be read: told after every row,
	 * it must not go through the step scope's proxy each time, whose bean lookup was 6 % of the
	 * parsing thread's samples for a 1,000,000-row file (JFR).
	 */
	LongConsumer rowsReadCounter() {
		return this::rowsRead;
	}

	/** A long file is read and checked as it is stored: {@code rows} so far. */
	void rowsRead(long rows) {
		currentFileRows = rows;
		if (rows % rowsPerLine == 0) {
			log.info("{}: {} rows read and checked so far", currentFile, rows);
		}
		if (rows % BOARD_EVERY_ROWS == 0) {
			post();
		}
	}

	private void post() {
		board.post(jobExecutionId, new ConsolidationProgressBoard.Snapshot(total, nextNumber - 1, rowsSoFar,
				rejectedSoFar, currentFile, currentFileRows));
	}

	/**
	 * A chunk has committed: its files take the next numbers of the night, in the order they are
	 * filed ({@link #finished}, {@link #notMoved}).
	 */
	void committed(List<ConsolidationOutcome> outcomes) {
		long chunkRows = outcomes.stream().mapToLong(o -> o.report().lineCount()).sum();
		int chunkRejected = (int) outcomes.stream()
			.filter(o -> o.result() == ConsolidationOutcome.Result.REJECTED)
			.count();
		ConsolidationCounts.Tally tally = counts.add(jobExecutionId, outcomes.size(), chunkRows, chunkRejected);
		total = tally.total();
		nextNumber = tally.done() - outcomes.size() + 1;
		rowsSoFar = tally.rows() - chunkRows;
		rejectedSoFar = tally.rejected() - chunkRejected;
	}

	void finished(ConsolidationOutcome outcome) {
		metrics.finished(outcome);
		count(outcome);
		String what = switch (outcome.result()) {
			case LOADED -> "loaded as version " + outcome.version() + ", " + outcome.report().lineCount() + " rows, "
					+ outcome.report().warningCount() + " warning(s)" + onlyCounted(outcome.report());
			case REJECTED -> "REJECTED with " + outcome.report().errorCount() + " error(s)" + onlyCounted(outcome.report());
			case ALREADY_CONSOLIDATED -> "already consolidated, archived unchanged";
		};
		int number = numbered(outcome);
		log.info("file {} of {}: {} {} (rows so far {}, rejected so far {})", number, total, outcome.fileName(), what,
				rowsSoFar, rejectedSoFar);
		currentFile = null;
		currentFileRows = 0;
		post();
	}

	private void count(ConsolidationOutcome outcome) {
		done++;
		rows += outcome.report().lineCount();
		switch (outcome.result()) {
			case LOADED -> loaded++;
			case REJECTED -> rejected++;
			case ALREADY_CONSOLIDATED -> alreadyConsolidated++;
		}
	}

	/** The file's number in the night; the night's running totals now include it. */
	private int numbered(ConsolidationOutcome outcome) {
		rowsSoFar += outcome.report().lineCount();
		if (outcome.result() == ConsolidationOutcome.Result.REJECTED) {
			rejectedSoFar++;
		}
		return nextNumber++;
	}

	/** Consolidated, but the file could not leave the inbox; the next run files it. */
	void notMoved(ConsolidationOutcome outcome, RuntimeException ex) {
		// stored all the same: it counts as loaded (or rejected), and is listed as not moved
		count(outcome);
		notMoved.add(outcome.fileName());
		int number = numbered(outcome);
		log.error("file {} of {}: {} was stored ({}) but could not be moved out of the inbox: {}", number, total,
				outcome.fileName(), outcome.result(), ex.getMessage() + causeOf(ex));
	}

	/** A run that could not file every file is not complete: FAILED, so the operator looks, and restarts. */
	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (notMoved.isEmpty()) {
			return null;
		}
		String message = notMovedMessage(loaded + rejected, notMoved);
		stepExecution.setStatus(BatchStatus.FAILED);
		stepExecution.addFailureException(new IllegalStateException(message));
		return ExitStatus.FAILED.addExitDescription(message);
	}

	/** What a run that could not file every file says, and what to do about it. */
	static String notMovedMessage(int stored, List<String> notMoved) {
		String shown = notMoved.size() <= SHOWN_NOT_MOVED ? String.join(", ", notMoved)
				: String.join(", ", notMoved.subList(0, SHOWN_NOT_MOVED)) + " and " + (notMoved.size() - SHOWN_NOT_MOVED)
						+ " more";
		return "Stored " + stored + " file(s), of which " + notMoved.size()
				+ " could not be moved out of the inbox to the archive or rejected folder (" + shown
				+ "); they stay in the inbox and are not loaded again. Make those folders writable, then run the "
				+ "consolidation again: it files them.";
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
