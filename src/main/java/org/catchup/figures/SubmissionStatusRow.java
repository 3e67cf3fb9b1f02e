package org.catchup.figures;

import java.time.LocalDateTime;

/** Whether an enterprise that should submit did, for the bulletin month. version/received are null when MISSING. */
public record SubmissionStatusRow(Enterprise enterprise, SubmissionStatus status, Integer version,
		LocalDateTime received) {

	/** Its figures are in the month (on time or late); MISSING and REJECTED leave a gap. */
	public boolean isLoaded() {
		return status == SubmissionStatus.ON_TIME || status == SubmissionStatus.LATE;
	}

}
