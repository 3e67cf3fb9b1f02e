package org.catchup.submission;

import java.nio.file.Path;

/**
 * What consolidating one file did. {@code version} and {@code submissionId} are null for a
 * file whose content was consolidated before (it changes nothing).
 */
public record ConsolidationOutcome(Path file, Result result, SubmissionReport report, Integer version,
		Long submissionId) {

	public enum Result {
		LOADED, REJECTED, ALREADY_CONSOLIDATED
	}

	public String fileName() {
		return file.getFileName().toString();
	}

}
