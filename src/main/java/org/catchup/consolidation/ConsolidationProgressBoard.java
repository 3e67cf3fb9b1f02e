package org.catchup.consolidation;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The running consolidations of this process, as they stand right now: the job repository
 * only learns a step's counts when a chunk commits, so pages that watch a night read here.
 */
@Component
public class ConsolidationProgressBoard {

	/**
	 * @param currentFile the file being checked now, null between files
	 */
	public record Snapshot(int total, int done, long rows, int rejected, String currentFile) {
	}

	// One small entry per run of this process; readers consult it only while the run is STARTED.
	private final Map<Long, Snapshot> running = new ConcurrentHashMap<>();

	void post(long jobExecutionId, Snapshot snapshot) {
		running.put(jobExecutionId, snapshot);
	}

	public Optional<Snapshot> of(long jobExecutionId) {
		return Optional.ofNullable(running.get(jobExecutionId));
	}

}
