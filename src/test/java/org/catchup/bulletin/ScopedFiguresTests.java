package org.catchup.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.catchup.bulletin.pdf.SampleBulletin;
import org.catchup.figures.MonthlyFigures;
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

}
