package org.catchup.validation;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Optional;

/**
 * SPEC §4's deadline: a submission for month M is late once day {@code lateAfterDay} of M+1 has
 * passed. The upload page warns with it before the night, and the night records it.
 */
public record SubmissionDeadline(int lateAfterDay) {

	public SubmissionDeadline {
		if (lateAfterDay < 1 || lateAfterDay > 28) {
			throw new IllegalArgumentException("The day after which a submission is late must be 1–28, not " + lateAfterDay);
		}
	}

	/** The last moment a submission for {@code period} is on time. */
	public LocalDateTime of(YearMonth period) {
		return period.plusMonths(1).atDay(lateAfterDay).atTime(LocalTime.MAX);
	}

	/** The LATE_SUBMISSION warning for a file of {@code period} received at {@code received}, if it is late. */
	public Optional<Problem> lateWarning(YearMonth period, LocalDateTime received) {
		LocalDateTime deadline = of(period);
		if (!received.isAfter(deadline)) {
			return Optional.empty();
		}
		return Optional.of(Problem.ofFile(ProblemCode.LATE_SUBMISSION, "Received " + received.toLocalDate()
				+ ", after the deadline of " + deadline.toLocalDate() + " for " + period + "."));
	}

}
