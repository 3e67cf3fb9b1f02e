package org.catchup.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catchup.figures.Fixtures.JULY;
import static org.catchup.figures.Fixtures.mine;
import static org.catchup.figures.Fixtures.row;

import java.util.List;

import org.junit.jupiter.api.Test;

class HiddenLaggardsTest {

	@Test
	void aGoodTotalDoesNotHideTheTeamsBelowPlan() {
		List<TeamIndicatorMonth> facts = List.of(
				// E = (120 + 95 + 90) / 300 = 101.67 % → listed with C (90 %) then B (95 %)
				row(JULY, "E", "A", "100", "120"), row(JULY, "E", "B", "100", "95"), row(JULY, "E", "C", "100", "90"),
				// F = (100 + 80) / 200 = 90 % → below plan itself, so nothing is hidden
				row(JULY, "F", "A", "100", "100"), row(JULY, "F", "B", "100", "80"),
				// G: every team at or above plan
				row(JULY, "G", "A", "100", "100"),
				// H = (110 + 90) / 200 = exactly 100 % → listed
				row(JULY, "H", "A", "100", "110"), row(JULY, "H", "B", "100", "90"));
		EnterpriseTree tree = new EnterpriseTree(List.of(mine("E"), mine("F"), mine("G"), mine("H")));

		List<HiddenLaggard> laggards = new HiddenLaggards(tree, new TeamMonths(facts),
				new EnterpriseFulfilments(tree, facts, List.of()))
			.find(JULY);

		assertThat(laggards).extracting(laggard -> laggard.enterprise().code()).containsExactly("E", "H");
		assertThat(laggards.get(0).enterpriseFulfilment().shownPercent()).isEqualByComparingTo("101.7");
		assertThat(laggards.get(0).teams()).extracting(team -> team.teamCode() + " " + team.fulfilment().shown())
			.containsExactly("C 90.0 %", "B 95.0 %");
		assertThat(laggards.get(1).teams()).extracting(LaggingTeam::teamCode).containsExactly("B");
	}

}
