package org.catchup.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.catchup.figures.Band;
import org.catchup.figures.Fulfilment;
import org.catchup.figures.Headline;
import org.catchup.figures.MonthlyFigures;
import org.catchup.figures.TeamNeedingHelp;
import org.junit.jupiter.api.Test;

class ListedRowsTests {

	private static TeamNeedingHelp team(String enterprise, String code, long plan, long actual) {
		return new TeamNeedingHelp(enterprise, code, "Team " + code, "S", "COAL",
				new Fulfilment(BigDecimal.valueOf(plan), BigDecimal.valueOf(actual)), Band.BEHIND, 1, null, null, null);
	}

	private static MonthlyFigures figures(List<TeamNeedingHelp> teams) {
		Fulfilment none = Fulfilment.NONE;
		return new MonthlyFigures(SampleBulletin.MONTH, new Headline(none, none, 0, 0, teams.size(), 0, 0, 0, 0, 0, 0),
				List.of(), List.of(), teams, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of());
	}

	@Test
	void overTheLimitTheTeamsFurthestBehindAreListedTiesByEnterpriseThenTeamAndNotAvailableLast() {
		List<TeamNeedingHelp> teams = new ArrayList<>(List.of(
				// 2/3 and 4/6 are the same exact percent: a tie, broken by enterprise then team code
				team("E2", "T1", 3, 2), team("E1", "T9", 6, 4), team("E1", "T2", 3, 2), team("E3", "T1", 10, 9),
				team("E1", "T1", 4, 1), team("E4", "T1", 0, 0), team("E3", "T2", 100, 99)));
		Collections.shuffle(teams, new Random(1959));

		ListedRows listed = ListedRows.of(figures(teams), 3);

		assertThat(listed.teamsNeedingHelp(teams)).extracting(team -> team.enterpriseCode() + "/" + team.teamCode())
			.containsExactlyInAnyOrder("E1/T1", "E1/T2", "E1/T9");
		assertThat(listed.teamsNote(new Formats(org.catchup.i18n.TestTexts.english()))).contains("3").contains("7");
	}

	@Test
	void withinTheLimitEveryTeamIsListedAndNothingIsSaid() {
		List<TeamNeedingHelp> teams = List.of(team("E1", "T1", 4, 1), team("E4", "T1", 0, 0));

		ListedRows listed = ListedRows.of(figures(teams), 2);

		assertThat(listed.teamsNeedingHelp(teams)).isSameAs(teams);
		assertThat(listed.teamsNote(new Formats(org.catchup.i18n.TestTexts.english()))).isNull();
	}

	@Test
	void aLimitOfNoneListsNoTeam() {
		List<TeamNeedingHelp> teams = List.of(team("E1", "T1", 4, 1), team("E2", "T1", 4, 3));

		assertThat(ListedRows.of(figures(teams), 0).teamsNeedingHelp(teams)).isEmpty();
	}

}
