package org.catchup.submission;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts, per enterprise, what the run's writer stored and committed, so a file checked ahead
 * of the writer can tell whether the team history it was checked against still holds: a file
 * of the same enterprise stored since (months two and three of one enterprise in one inbox) may
 * have added the very teams its warnings are about. The writer counts each store and each
 * commit; a checker notes the count before reading the history; a different count when the
 * file is stored means its history may be stale, and the writer checks it again.
 */
final class EnterpriseChanges {

	private final Map<String, Long> counts = new ConcurrentHashMap<>();

	/** Taken by a checker just before it reads the enterprise's history. */
	long snapshot(String enterpriseCode) {
		return counts.getOrDefault(enterpriseCode, 0L);
	}

	/** A store of the enterprise, and later its commit (or rollback): each counts once. */
	void changed(String enterpriseCode) {
		counts.merge(enterpriseCode, 1L, Long::sum);
	}

	boolean changedSince(String enterpriseCode, long snapshot) {
		return snapshot(enterpriseCode) != snapshot;
	}

}
