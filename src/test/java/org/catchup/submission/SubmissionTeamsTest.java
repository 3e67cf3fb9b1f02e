package org.catchup.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class SubmissionTeamsTest {

	@Test
	void eachTeamOnceWithTheGreatestNameAndSectionItWasGiven() {
		SubmissionTeams teams = new SubmissionTeams(10);
		teams.add(line("B1", "Brigade B", "North", "COAL"));
		teams.add(line("B1", "Brigade A", "South", "ORE"));
		teams.add(line("B2", null, null, "COAL"));

		assertThat(teams.all()).get()
			.satisfies(all -> assertThat(all).containsExactlyInAnyOrder(
					new SubmissionTeams.Team("B1", "Brigade B", "South"), new SubmissionTeams.Team("B2", "", "")));
	}

	@Test
	void givesUpBeyondItsLimitSoTheTeamsAreReadBackFromTheFacts() {
		SubmissionTeams teams = new SubmissionTeams(2);
		teams.add(line("B1", "One", "S", "COAL"));
		teams.add(line("B2", "Two", "S", "COAL"));
		teams.add(line("B2", "Two", "S", "ORE"));
		assertThat(teams.all()).isPresent();

		teams.add(line("B3", "Three", "S", "COAL"));

		assertThat(teams.all()).isEmpty();
	}

	private static SubmissionLine line(String team, String name, String section, String indicator) {
		return new SubmissionLine(5, section, team, name, indicator, BigDecimal.ONE, BigDecimal.ONE, null, false, null);
	}

}
