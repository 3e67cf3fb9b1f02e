package org.catchup.consolidation;

import org.catchup.submission.SubmissionReport;

import java.nio.file.Path;
import java.util.List;

/**
 * What consolidating one file did. {@code version} and {@code submissionId} are null for a
 * file whose content was consolidated before (it changes nothing).
 */
public record ConsolidationOutcome(Path file, Result result, SubmissionReport report, Integer version,
		Long submissionId) {

	public enum Result {
		LOADED, REJECTED, ALREADY_CONSOLIDATED
	}

	/** A file whose content was consolidated before: it changes nothing. */
	static ConsolidationOutcome alreadyConsolidated(Path file) {
		return new ConsolidationOutcome(file, Result.ALREADY_CONSOLIDATED,
				new SubmissionReport(file.getFileName().toString(), null, List.of(), 0), null, null);
	}

	public String fileName() {
		return file.getFileName().toString();
	}

}
