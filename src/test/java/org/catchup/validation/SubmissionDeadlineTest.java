package org.catchup.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDateTime;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class SubmissionDeadlineTest {

	private final SubmissionDeadline fifth = new SubmissionDeadline(5);

	@Test
	void aFileReceivedOnTheDeadlineDayIsOnTime() {
		assertThat(fifth.lateWarning(YearMonth.of(1959, 9), LocalDateTime.of(1959, 10, 5, 23, 59, 59))).isEmpty();
	}

	@Test
	void aFileReceivedTheDayAfterIsLateAndTheWarningNamesBothDates() {
		Problem late = fifth.lateWarning(YearMonth.of(1959, 9), LocalDateTime.of(1959, 10, 6, 0, 0)).orElseThrow();

		assertThat(late.code()).isEqualTo(ProblemCode.LATE_SUBMISSION);
		assertThat(late.severity()).isEqualTo(Severity.WARNING);
		assertThat(late.message()).isEqualTo("Received 1959-10-06, after the deadline of 1959-10-05 for 1959-09.");
	}

	@Test
	void decembersDeadlineFallsInTheNextYear() {
		assertThat(fifth.of(YearMonth.of(1959, 12)).toLocalDate()).hasToString("1960-01-05");
	}

	@Test
	void aDayThatSomeMonthsLackIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SubmissionDeadline(31)).withMessageContaining("31");
		assertThatIllegalArgumentException().isThrownBy(() -> new SubmissionDeadline(0));
	}

}
