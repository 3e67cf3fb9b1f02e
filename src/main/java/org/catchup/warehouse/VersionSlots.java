package org.catchup.warehouse;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The versions a transaction may hand out, read under the enterprises' locks
 * ({@link SubmissionRepository#lockVersions}) and kept up to date as it stores files: the next
 * version of each (enterprise, period), and the contents already stored, so that the same
 * content twice in one transaction is loaded once too.
 */
public final class VersionSlots {

	private final Map<String, Integer> lastVersions = new HashMap<>();

	private final Set<String> storedContents = new HashSet<>();

	void lastVersion(String enterpriseCode, YearMonth period, int version) {
		lastVersions.put(key(enterpriseCode, period), version);
	}

	void contentStored(String contentHash) {
		storedContents.add(contentHash);
	}

	/**
	 * Takes the next version of (enterprise, period) for this content; 0 when the content is
	 * stored already, and nothing is taken.
	 */
	public int take(String enterpriseCode, YearMonth period, String contentHash) {
		if (!storedContents.add(contentHash)) {
			return 0;
		}
		return lastVersions.merge(key(enterpriseCode, period), 1, Integer::sum);
	}

	private static String key(String enterpriseCode, YearMonth period) {
		return enterpriseCode + '\n' + period;
	}

}
