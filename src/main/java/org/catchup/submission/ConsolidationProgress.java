package org.catchup.submission;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Counts a consolidation as it goes and says so: "file 3 of 57", rows read, rejected so far.
 * One per step execution; the totals end up in the step's execution context for the summary.
 */
class ConsolidationProgress {

	static final String FILES = "files";

	static final String LOADED = "loaded";

	static final String REJECTED = "rejected";

	static final String ALREADY_CONSOLIDATED = "alreadyConsolidated";

	static final String ROWS = "rows";

	static final String TOTAL = "filesTotal";

	private static final Logger log = LoggerFactory.getLogger(ConsolidationProgress.class);

	private int total;

	private int done;

	private int loaded;

	private int rejected;

	private int alreadyConsolidated;

	private long rows;

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

	void started(Path inbox, int files) {
		total = files;
		log.info("Inbox {} holds {} file(s)", inbox, files);
		post(null);
	}

	void checking(Path file) {
		post(file.getFileName().toString());
	}

	private void post(String currentFile) {
		if (board != null && jobExecutionId != null) {
			board.post(jobExecutionId,
					new ConsolidationProgressBoard.Snapshot(total, done, rows, rejected, currentFile));
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
					+ outcome.report().warningCount() + " warning(s)";
			case REJECTED -> "REJECTED with " + outcome.report().errorCount() + " error(s)";
			case ALREADY_CONSOLIDATED -> "already consolidated, archived unchanged";
		};
		log.info("file {} of {}: {} {} (rows so far {}, rejected so far {})", done, total, outcome.fileName(), what,
				rows, rejected);
		post(null);
	}

	void saveTo(ExecutionContext context) {
		context.putInt(FILES, done);
		context.putInt(LOADED, loaded);
		context.putInt(REJECTED, rejected);
		context.putInt(ALREADY_CONSOLIDATED, alreadyConsolidated);
		context.putLong(ROWS, rows);
		context.putInt(TOTAL, total);
	}

}
