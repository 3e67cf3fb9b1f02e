package org.catchup.figures;

import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * What the warehouse knows of one enterprise's submissions for a period: the current loaded
 * version (0 when none was loaded), when it was received, and whether a later attempt was
 * rejected. Used for the bulletin's submission status.
 */
public record SubmissionFact(String enterpriseCode, YearMonth period, int loadedVersion, LocalDateTime received,
		boolean rejectedAttempt, LocalDateTime lastRejected) {
}
