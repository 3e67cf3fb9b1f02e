package org.catchup.submission;

import java.time.YearMonth;

/** The title block of a submission: whose figures, for which month, made by whom (may be null). */
public record SubmissionHeader(String enterpriseCode, YearMonth period, String submittedBy) {
}
