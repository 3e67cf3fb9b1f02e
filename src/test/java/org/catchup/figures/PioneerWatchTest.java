package org.catchup.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catchup.figures.Fixtures.JULY;
import static org.catchup.figures.Fixtures.mine;
import static org.catchup.figures.Fixtures.row;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Three mines A, B, C on one level, so the top third is rank 1 (ceil(3/3) = 1). Percentages
 * per month are January..July 1959; each month's plan is 1000.
 */
class PioneerWatchTest {

	@Test
	void topThirdInFourOfSixMonthsAndNowBelowPlanIsAPioneerFallingBehind() {
		// A leads March..June (4 of the previous 6), June→July 120 → 96.3: not three falls
		List<PioneerFallingBehind> pioneers = pioneers(percents("A", "80", "80", "120", "120", "120", "120", "96.3"),
				percents("B", "100", "100", "100", "100", "100", "100", "100"),
				percents("C", "90", "90", "90", "90", "90", "90", "90"));

		assertThat(pioneers).singleElement().satisfies(p -> {
			assertThat(p.enterprise().code()).isEqualTo("A");
			assertThat(p.monthsInTopThird()).isEqualTo(4);
			assertThat(p.monthsLookedAt()).isEqualTo(6);
			assertThat(p.nowBelowPlan()).isTrue();
			assertThat(p.fellThreeMonthsRunning()).isFalse();
			assertThat(p.month().shown()).isEqualTo("96.3 %");
		});
	}

	@Test
	void aLeaderWhoseFulfilmentFellThreeMonthsRunningIsAPioneerFallingBehindEvenAbovePlan() {
		List<PioneerFallingBehind> pioneers = pioneers(
				percents("A", "130", "130", "130", "112", "108.4", "104.1", "101.2"),
				percents("B", "100", "100", "100", "100", "100", "100", "100"),
				percents("C", "90", "90", "90", "90", "90", "90", "90"));

		assertThat(pioneers).singleElement().satisfies(p -> {
			assertThat(p.enterprise().code()).isEqualTo("A");
			assertThat(p.nowBelowPlan()).isFalse();
			assertThat(p.fell()).extracting(Fulfilment::shown).containsExactly("112.0 %", "108.4 %", "104.1 %", "101.2 %");
		});
	}

	@Test
	void notAPioneerWhenTopOnlyTwiceOrWhenStillAtPlanWithoutThreeFalls() {
		// A led only January and February; B led March..June and is at 101 % (110 → 101 is one fall)
		// C never led and is below plan
		List<PioneerFallingBehind> pioneers = pioneers(percents("A", "120", "120", "95", "95", "95", "95", "90"),
				percents("B", "100", "100", "110", "110", "110", "110", "101"),
				percents("C", "90", "90", "90", "90", "90", "90", "80"));

		assertThat(pioneers).isEmpty();
	}

	@Test
	void fallingRequiresStrictlyLowerDefinedValues() {
		assertThat(PioneerWatch.fellThreeMonthsRunning(List.of(f("104"), f("103"), f("102"), f("101")))).isTrue();
		assertThat(PioneerWatch.fellThreeMonthsRunning(List.of(f("104"), f("103"), f("103"), f("101")))).isFalse();
		assertThat(PioneerWatch.fellThreeMonthsRunning(List.of(f("104"), Fulfilment.NONE, f("102"), f("101"))))
			.isFalse();
	}

	private static Fulfilment f(String percent) {
		return new Fulfilment(BigDecimal.valueOf(100), new BigDecimal(percent));
	}

	/** One team per mine; plan 1000, actual = percent × 10, January..July. */
	private static List<TeamIndicatorMonth> percents(String enterprise, String... percents) {
		List<TeamIndicatorMonth> rows = new ArrayList<>();
		for (int i = 0; i < percents.length; i++) {
			String actual = new BigDecimal(percents[i]).multiply(BigDecimal.TEN).toPlainString();
			rows.add(row(YearMonth.of(1959, i + 1), enterprise, "T1", "1000", actual));
		}
		return rows;
	}

	@SafeVarargs
	private static List<PioneerFallingBehind> pioneers(List<TeamIndicatorMonth>... perEnterprise) {
		List<TeamIndicatorMonth> facts = new ArrayList<>();
		for (List<TeamIndicatorMonth> rows : perEnterprise) {
			facts.addAll(rows);
		}
		EnterpriseTree tree = new EnterpriseTree(List.of(mine("A"), mine("B"), mine("C")));
		EnterpriseFulfilments fulfilments = new EnterpriseFulfilments(tree, facts, List.of());
		EnterpriseRanking ranking = new EnterpriseRanking(tree);
		return new PioneerWatch(tree, fulfilments, month -> ranking.rank(fulfilments.allInMonth(month))).find(JULY);
	}

}
