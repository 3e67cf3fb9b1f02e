package org.catchup.warehouse;

import java.time.LocalDateTime;

/**
 * A row of {@code web_upload}: a workbook submitted through the web application, recorded when
 * it went into the inbox.
 *
 * @param inboxName the generated name it has in the inbox and in the submission log
 * @param uploadedName the name the clerk's browser sent
 */
public record WebUpload(String inboxName, String uploadedName, String contentHash, String enterpriseCode,
		String period, LocalDateTime submittedAt) {
}
