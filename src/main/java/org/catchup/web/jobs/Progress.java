package org.catchup.web.jobs;

import java.util.List;

/**
 * What the executions page polls while a job runs.
 *
 * @param filesTotal files in the inbox when the consolidation began; null for other jobs
 * @param currentFile the file being checked now, null between files or when not known
 */
record Progress(long id, String status, boolean running, List<StepProgress> steps, Integer filesTotal,
		Integer filesDone, Long rows, Integer rejected, String currentFile) {

	record StepProgress(String name, String status, long read, long written, long skipped) {
	}

}
