package org.catchup.web.jobs;

import java.util.List;

/**
 * What the executions page polls while a job runs.
 *
 * @param read items read by the whole run, each counted once (in the partitions, not again in their manager)
 * @param written items written by the whole run, counted the same way
 * @param filesTotal files in the inbox when the consolidation began; null for other jobs
 * @param currentFile the file being stored now, null between files or when not known
 * @param currentFileRows its rows read and checked so far; null when there is no current file
 */
public record Progress(long id, String status, boolean running, List<StepProgress> steps, long read, long written,
		Integer filesTotal, Integer filesDone, Long rows, Integer rejected, String currentFile, Long currentFileRows) {

	/**
	 * One step, or one partition of a partitioned step.
	 * @param enterprises a consolidation partition's enterprises; null for other steps
	 * @param files how many files the partition has; null for other steps
	 * @param worker the host and process of the {@code ./catchup worker} that has the partition; null when it runs
	 * in the process that started the run, or is not taken yet
	 */
	public record StepProgress(String name, String status, long read, long written, long skipped, String enterprises,
			Integer files, String worker) {
	}

}
