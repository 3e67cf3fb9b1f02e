package org.catchup.figures;

import java.time.LocalDateTime;

/** Whether an enterprise that should submit did, for the bulletin month. version/received are null when MISSING. */
public record SubmissionStatusRow(Enterprise enterprise, SubmissionStatus status, Integer version,
		LocalDateTime received) {
}
