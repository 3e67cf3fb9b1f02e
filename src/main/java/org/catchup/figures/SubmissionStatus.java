package org.catchup.figures;

public enum SubmissionStatus {
	ON_TIME, LATE, MISSING, REJECTED
}
