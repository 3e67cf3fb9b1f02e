package org.catchup.web.jobs;

import java.time.LocalDateTime;

/**
 * One job execution as operators see it; counts are summed over its steps.
 *
 * @param failure the first failure's message, null when none
 * @param outcome what a finished run did (files loaded and rejected, the bulletin written), null when unknown
 */
public record ExecutionRow(long id, String job, String parameters, String status, LocalDateTime start, LocalDateTime end,
		LocalDateTime lastUpdated, long read, long written, long skipped, String failure, String outcome) {

	public boolean running() {
		return status.equals("STARTED") || status.equals("STARTING") || status.equals("STOPPING");
	}

	public boolean restartable() {
		return status.equals("FAILED") || status.equals("STOPPED");
	}

}
