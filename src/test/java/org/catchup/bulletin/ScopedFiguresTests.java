package org.catchup.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.catchup.bulletin.pdf.SampleBulletin;
import org.catchup.figures.MonthlyFigures;
import org.catchup.figures.TeamIndicatorMonth;
import org.junit.jupiter.api.Test;

class ScopedFiguresTests {

	private final MonthlyFigures all = SampleBulletin.figures();

	private final MonthlyFigures thaelmann = ScopedFigures.of(all, "TS", Set.of("TS"));

	@Test
	void anEnterpriseKeepsItsRankAmongItsPeers() {
		assertThat(thaelmann.ranking()).singleElement().satisfies(row -> {
			assertThat(row.enterprise().code()).isEqualTo("TS");
			assertThat(row.rank()).isEqualTo(6);
		});
		assertThat(thaelmann.headline().month()).isEqualTo(thaelmann.ranking().get(0).month());
	}

	@Test
	void itsTeamsKeepHelpersFromOtherEnterprisesAndItsHelpShowsBothSides() {
		assertThat(thaelmann.teamsNeedingHelp()).hasSize(14).allMatch(team -> team.enterpriseCode().equals("TS"));
		assertThat(thaelmann.teamsNeedingHelp()).anyMatch(team -> "HH".equals(team.helperEnterpriseCode()));
		assertThat(thaelmann.assistancePairs()).isNotEmpty().allMatch(pair -> pair.enterpriseCode().equals("TS"));
		// the helpers are of other enterprises and still show their own fulfilment
		assertThat(thaelmann.assistanceResults()).extracting(result -> result.helpedTeamCode())
			.containsExactly("TS-101", "TS-102");
		assertThat(thaelmann.assistanceResults().get(0).helperNow().isDefined()).isTrue();
		assertThat(thaelmann.headline().assistanceUnderWay()).isEqualTo(2);
		assertThat(thaelmann.headline().caughtUp()).isEqualTo(1);
		assertThat(thaelmann.headline().teamsNeedingHelp()).isEqualTo(14);
	}

	@Test
	void aHelperEnterpriseSeesTheHelpItGivesAndOnlyItsOwnOutlook() {
		MonthlyFigures helbra = ScopedFigures.of(all, "HH", Set.of("HH"));
		assertThat(helbra.assistanceResults()).extracting(result -> result.helpedTeamCode())
			.containsExactly("TS-102", "KH-903");
		assertThat(thaelmann.catchUpOutlook()).singleElement()
			.satisfies(outlook -> assertThat(outlook.enterprise().code()).isEqualTo("TS"));
		assertThat(helbra.teamsNeedingHelp()).isEmpty();
	}

	@Test
	void allItsTeamsAreListedWithMonthsBelowPlanAndTheTitle() {
		YearMonth month = SampleBulletin.MONTH;
		List<TeamIndicatorMonth> facts = List.of(
				fact(month, "TS", "TS-100", "CU", 100, 97), fact(month, "TS", "TS-100", "ORE", 50, 50),
				fact(month, "TS", "TS-999", "CU", 100, 110), fact(month.minusMonths(1), "TS", "TS-998", "CU", 100, 90),
				fact(month, "NR", "NR-100", "CU", 100, 90));
		EnterpriseTeams teams = ScopedFigures.teams(all, facts, Set.of("TS"),
				Set.of(StrivingTitles.key("TS", "TS-999"), StrivingTitles.key("NR", "NR-100")));
		assertThat(teams.teams()).extracting(EnterpriseTeams.Team::teamCode).containsExactly("TS-100", "TS-999");
		EnterpriseTeams.Team below = teams.teams().get(0);
		// 147 of 150 over both indicators; its streak as the teams needing help count it
		assertThat(below.fulfilment().percent()).isEqualByComparingTo("98");
		assertThat(below.monthsBelowPlan()).isEqualTo(1);
		assertThat(teams.teams().get(1).monthsBelowPlan()).isZero();
		assertThat(teams.striving()).isEqualTo(1);
	}

	private static TeamIndicatorMonth fact(YearMonth month, String enterprise, String team, String indicator, int plan,
			int actual) {
		return new TeamIndicatorMonth(month, enterprise, team, "Brigade " + team, "Revier A", indicator,
				BigDecimal.valueOf(plan), BigDecimal.valueOf(actual));
	}

}
