package org.catchup.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catchup.figures.Fixtures.JULY;
import static org.catchup.figures.Fixtures.combine;
import static org.catchup.figures.Fixtures.mine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class SubmissionStatusesTest {

	private static final LocalDate DEADLINE = LocalDate.of(1959, 8, 5);

	@Test
	void everyEnterpriseWithNothingBelowItGetsAStatus() {
		EnterpriseTree tree = new EnterpriseTree(List.of(combine("K", null), mine("M1", "K"), mine("M2", "K"),
				mine("M3", "K"), mine("M4", "K"), mine("M5", "K"), mine("X")));
		List<SubmissionFact> facts = List.of(
				// last minute of the deadline day: on time
				new SubmissionFact("M1", JULY, 1, at(5, 23, 59), false, null),
				// first minute after it: late
				new SubmissionFact("M2", JULY, 2, at(6, 0, 0), false, null),
				new SubmissionFact("M3", JULY, 0, null, true, at(3, 10, 0)),
				// a loaded version counts even when a later attempt was rejected
				new SubmissionFact("M5", JULY, 1, at(2, 9, 0), true, at(4, 9, 0)),
				// June's submission says nothing about July
				new SubmissionFact("X", JULY.minusMonths(1), 1, at(1, 9, 0), false, null));

		List<SubmissionStatusRow> rows = new SubmissionStatuses(tree).of(JULY, facts, DEADLINE);

		assertThat(rows).extracting(row -> row.enterprise().code() + " " + row.status() + " " + row.version() + " "
				+ row.received())
			.containsExactly("M1 ON_TIME 1 1959-08-05T23:59", "M2 LATE 2 1959-08-06T00:00",
					"M3 REJECTED null 1959-08-03T10:00", "M4 MISSING null null", "M5 ON_TIME 1 1959-08-02T09:00",
					"X MISSING null null");
	}

	private static LocalDateTime at(int dayOfAugust, int hour, int minute) {
		return LocalDateTime.of(1959, 8, dayOfAugust, hour, minute);
	}

}
