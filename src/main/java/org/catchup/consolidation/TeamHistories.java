package org.catchup.consolidation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.catchup.warehouse.SubmissionRepository;
import org.catchup.warehouse.TeamsOnRecord;

/**
 * One partition's team histories, read for several enterprises at a time. Asked for an
 * enterprise's history of a month, it reads that history together with those of the next
 * enterprises whose files arrived after it in the partition ({@code byArrival}) and have not
 * been read for that month, up to {@code window} of them, and keeps theirs until their files ask.
 * A history read one enterprise at a time cost its statement and round trip per file (about
 * 0.6 ms of JVM CPU and 1.1 ms of the server's, for an empty history: performance notes).
 * <p>
 * A kept history is given once. It is dropped as soon as the writer stores a version of its
 * enterprise ({@link #stored}); no other partition stores it ({@link InboxPartitioner}). A history
 * asked again (a second file of the enterprise) or dropped is read on its own, as it stands then.
 * Thread-safe: the checkers of a chunk ask side by side.
 */
class TeamHistories {

	private final SubmissionRepository submissions;

	private final List<String> byArrival;

	private final Map<String, Integer> positions = new HashMap<>();

	private final int window;

	private final Map<Key, TeamsOnRecord> kept = new HashMap<>();

	private final Set<Key> read = new HashSet<>();

	/**
	 * @param byArrival the partition's enterprises in the order their first files arrived; empty
	 * when not known (a split recorded before this was kept), and every history is read on its own
	 * @param window the most enterprises read in one statement
	 */
	TeamHistories(SubmissionRepository submissions, List<String> byArrival, int window) {
		this.submissions = submissions;
		this.byArrival = List.copyOf(byArrival);
		this.window = Math.max(1, window);
		for (int i = 0; i < this.byArrival.size(); i++) {
			positions.putIfAbsent(this.byArrival.get(i), i);
		}
	}

	/** The enterprise's teams as known before {@code period}: see {@link SubmissionRepository#teams}. */
	synchronized TeamsOnRecord teams(String enterpriseCode, YearMonth period) {
		Key key = new Key(enterpriseCode, period);
		TeamsOnRecord record = kept.remove(key);
		if (record != null) {
			return record;
		}
		Integer position = positions.get(enterpriseCode);
		if (position == null || !read.add(key)) {
			return submissions.teams(enterpriseCode, period);
		}
		List<String> together = new ArrayList<>(List.of(enterpriseCode));
		for (int i = position + 1; i < byArrival.size() && together.size() < window; i++) {
			if (read.add(new Key(byArrival.get(i), period))) {
				together.add(byArrival.get(i));
			}
		}
		Map<String, TeamsOnRecord> records = submissions.teams(together, period);
		if (kept.size() > 2 * window) {
			// histories of files that never asked (rejected before their teams were checked)
			kept.clear();
		}
		records.forEach((code, teams) -> {
			if (!code.equals(enterpriseCode)) {
				kept.put(new Key(code, period), teams);
			}
		});
		return records.get(enterpriseCode);
	}

	/** A version of the enterprise is being stored: the histories kept for it are out of date. */
	synchronized void stored(String enterpriseCode) {
		kept.keySet().removeIf(key -> key.enterpriseCode().equals(enterpriseCode));
	}

	private record Key(String enterpriseCode, YearMonth period) {
	}

}
