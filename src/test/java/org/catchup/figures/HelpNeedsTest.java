package org.catchup.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catchup.figures.Fixtures.JULY;
import static org.catchup.figures.Fixtures.row;

import java.util.List;

import org.junit.jupiter.api.Test;

class HelpNeedsTest {

	@Test
	void exactlyNinetyIsBehindBelowIsCriticalAndExactlyHundredNeedsNoHelp() {
		List<TeamNeedingHelp> needing = new HelpNeeds(new TeamMonths(List.of(row(JULY, "E", "T90", "100", "90"),
				row(JULY, "E", "T89", "10000", "8999"), row(JULY, "E", "T100", "100", "100"),
				row(JULY, "E", "T99", "10000", "9999")))).find(JULY);

		// T89: 8999/10000 = 89.99 % critical; T90: 90 % behind; T99: 99.99 % behind; T100 absent
		assertThat(needing).extracting(team -> team.teamCode() + ":" + team.band())
			.containsExactly("T89:CRITICAL", "T90:BEHIND", "T99:BEHIND");
	}

	@Test
	void countsConsecutiveMonthsBelowPlanUntilAMonthWithoutDataOrAtPlan() {
		List<TeamIndicatorMonth> rows = List.of(
				// A: Mar below, Apr missing, May–Jul below → 3
				row(JULY.minusMonths(4), "E", "A", "100", "50"), row(JULY.minusMonths(2), "E", "A", "100", "95"),
				row(JULY.minusMonths(1), "E", "A", "100", "96"), row(JULY, "E", "A", "100", "97"),
				// B: May below, Jun at plan, Jul below → 1
				row(JULY.minusMonths(2), "E", "B", "100", "80"), row(JULY.minusMonths(1), "E", "B", "100", "100"),
				row(JULY, "E", "B", "100", "80"),
				// C: Jun plan 0 (n/a), Jul below → 1
				row(JULY.minusMonths(1), "E", "C", "0", "3"), row(JULY, "E", "C", "100", "99"));

		List<TeamNeedingHelp> needing = new HelpNeeds(new TeamMonths(rows)).find(JULY);

		assertThat(needing).extracting(team -> team.teamCode() + ":" + team.monthsBelowPlan())
			.containsExactly("B:1", "A:3", "C:1");
	}

	@Test
	void changeFromLastMonthIsInPercentagePoints() {
		List<TeamNeedingHelp> needing = new HelpNeeds(new TeamMonths(List.of(row(JULY.minusMonths(1), "E", "A", "80", "76"),
				row(JULY, "E", "A", "200", "183"), row(JULY, "E", "B", "100", "50")))).find(JULY);

		// A: 183/200 = 91.5 % now, 76/80 = 95 % before → −3.5 points; B has no June → null
		assertThat(needing.get(0).changeVsPreviousMonth()).isNull();
		assertThat(needing.get(1).changeVsPreviousMonth()).isEqualByComparingTo("-3.5");
	}

	@Test
	void mainIndicatorIsTheLargestPlanValueWithTiesToTheSmallestCode() {
		List<TeamNeedingHelp> needing = new HelpNeeds(new TeamMonths(List.of(row(JULY, "E", "A", "ORE", "300", "100"),
				row(JULY, "E", "A", "COAL", "200", "100"), row(JULY, "E", "B", "ORE", "300", "100"),
				row(JULY, "E", "B", "COAL", "300", "100")))).find(JULY);

		assertThat(needing).extracting(TeamNeedingHelp::mainIndicator).containsExactly("COAL", "ORE");
	}

	@Test
	void orderedByEnterpriseThenFulfilmentThenTeam() {
		List<TeamNeedingHelp> needing = new HelpNeeds(new TeamMonths(List.of(row(JULY, "F", "A", "100", "10"),
				row(JULY, "E", "Z", "100", "80"), row(JULY, "E", "Y", "100", "95"), row(JULY, "E", "X", "100", "80"))))
			.find(JULY);

		assertThat(needing).extracting(team -> team.enterpriseCode() + team.teamCode())
			.containsExactly("EX", "EZ", "EY", "FA");
	}

}
