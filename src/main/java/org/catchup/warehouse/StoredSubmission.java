package org.catchup.warehouse;

import java.time.LocalDateTime;

/** A row of {@code submission}: one consolidated file, loaded (with a version) or rejected. */
public record StoredSubmission(long id, String enterpriseCode, String period, Integer version, String status,
		String fileName, String submittedBy, LocalDateTime receivedAt, int rowCount, int errorCount,
		int warningCount) {

	public static final String CURRENT = "CURRENT";

	public static final String SUPERSEDED = "SUPERSEDED";

	public static final String REJECTED = "REJECTED";

}
