package org.catchup.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.catchup.warehouse.SubmissionRepository;
import org.catchup.warehouse.TeamsOnRecord;
import org.junit.jupiter.api.Test;

/** A partition's team histories: several enterprises per statement, never a history out of date. */
class TeamHistoriesTest {

	private static final YearMonth MARCH = YearMonth.of(1959, 3);

	private final SubmissionRepository submissions = mock(SubmissionRepository.class);

	@Test
	void readsTheNextEnterprisesByArrivalTogetherAndGivesEachItsOwn() {
		when(submissions.teams(List.of("B", "C"), MARCH)).thenReturn(Map.of("B", record("B1"), "C", record("C1")));
		TeamHistories histories = new TeamHistories(submissions, List.of("A", "B", "C", "D"), 2);

		assertThat(histories.teams("B", MARCH).names()).containsOnlyKeys("B1");
		assertThat(histories.teams("C", MARCH).names()).containsOnlyKeys("C1");

		verify(submissions).teams(List.of("B", "C"), MARCH);
		verifyNoMoreInteractions(submissions);
	}

	@Test
	void aHistoryKeptForAnEnterpriseStoredSinceIsReadAgain() {
		when(submissions.teams(List.of("A", "B"), MARCH)).thenReturn(Map.of("A", record(), "B", record()));
		when(submissions.teams("B", MARCH)).thenReturn(record("B1"));
		TeamHistories histories = new TeamHistories(submissions, List.of("A", "B"), 2);
		histories.teams("A", MARCH);

		histories.stored("B");

		assertThat(histories.teams("B", MARCH).names()).containsOnlyKeys("B1");
	}

	@Test
	void aSecondFileOfAnEnterpriseReadsItsHistoryAsItStandsThen() {
		when(submissions.teams(List.of("A"), MARCH)).thenReturn(Map.of("A", record()));
		when(submissions.teams("A", MARCH)).thenReturn(record("A1"));
		TeamHistories histories = new TeamHistories(submissions, List.of("A"), 20);
		histories.teams("A", MARCH);

		assertThat(histories.teams("A", MARCH).names()).containsOnlyKeys("A1");
	}

	@Test
	void anotherMonthOrAnEnterpriseNotInTheSplitIsReadOnItsOwnTerms() {
		YearMonth april = MARCH.plusMonths(1);
		when(submissions.teams(List.of("A", "B"), MARCH)).thenReturn(Map.of("A", record(), "B", record()));
		when(submissions.teams(List.of("B"), april)).thenReturn(Map.of("B", record("B4")));
		when(submissions.teams("Z", MARCH)).thenReturn(record("Z1"));
		TeamHistories histories = new TeamHistories(submissions, List.of("A", "B"), 2);
		histories.teams("A", MARCH);

		assertThat(histories.teams("B", april).names()).containsOnlyKeys("B4");
		assertThat(histories.teams("Z", MARCH).names()).containsOnlyKeys("Z1");
	}

	private static TeamsOnRecord record(String... teams) {
		Map<String, String> names = new HashMap<>();
		for (String team : teams) {
			names.put(team, "Team " + team);
		}
		return new TeamsOnRecord(names, Map.of());
	}

}
