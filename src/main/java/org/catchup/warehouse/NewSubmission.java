package org.catchup.warehouse;

import java.time.LocalDateTime;

/** What is known of a file when its submission row is written. */
public record NewSubmission(String enterpriseCode, String period, Integer version, String status, String contentHash,
		String fileName, String submittedBy, LocalDateTime receivedAt, LocalDateTime consolidatedAt, long rowCount,
		long errorCount, long warningCount, Long jobExecutionId) {
}
