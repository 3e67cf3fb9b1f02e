package org.catchup.consolidation;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The running consolidations, as they stand right now: the job repository only learns a step's
 * counts when a step ends, so pages that watch a night read here. Partitions of this process post
 * each change, down to the rows of a long file being stored; for a run whose partitions post
 * nothing here (they run elsewhere), the night's count in the database is what there is.
 */
@Component
public class ConsolidationProgressBoard {

	/**
	 * @param currentFile the file being stored now, null between files
	 * @param currentFileRows its rows read and checked so far
	 */
	public record Snapshot(int total, int done, long rows, int rejected, String currentFile, long currentFileRows) {
	}

	private final ConsolidationCounts counts;

	ConsolidationProgressBoard(ConsolidationCounts counts) {
		this.counts = counts;
	}

	// One small entry per run of this process; readers consult it only while the run is STARTED.
	private final Map<Long, Snapshot> running = new ConcurrentHashMap<>();

	void post(long jobExecutionId, Snapshot snapshot) {
		running.put(jobExecutionId, snapshot);
	}

	/**
	 * This process's latest word on the run, unless the night's count in the database is further
	 * on: the partitions of a remote night are filed by worker processes, which only the count hears of.
	 */
	public Optional<Snapshot> of(long jobExecutionId) {
		Snapshot live = running.get(jobExecutionId);
		Optional<ConsolidationCounts.Tally> counted = counts.find(jobExecutionId);
		if (live != null && counted.map(count -> count.done() <= live.done()).orElse(true)) {
			return Optional.of(live);
		}
		return counted.map(count -> new Snapshot(count.total(), count.done(), count.rows(), count.rejected(), null, 0));
	}

}
