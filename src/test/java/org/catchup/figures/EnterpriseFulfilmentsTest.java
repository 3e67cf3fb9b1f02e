package org.catchup.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catchup.figures.Fixtures.JULY;
import static org.catchup.figures.Fixtures.annual;
import static org.catchup.figures.Fixtures.combine;
import static org.catchup.figures.Fixtures.mine;
import static org.catchup.figures.Fixtures.row;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class EnterpriseFulfilmentsTest {

	// K (combine) ← M1 (mine), K2 (combine) ← M2 (mine)
	private final EnterpriseTree tree = new EnterpriseTree(
			List.of(combine("K", null), mine("M1", "K"), combine("K2", "K"), mine("M2", "K2"), mine("Z")));

	private final List<TeamIndicatorMonth> facts = List.of(row(JULY, "M1", "T1", "100", "90"),
			row(JULY, "M1", "T2", "50", "60"), row(JULY, "M2", "T1", "200", "210"),
			row(YearMonth.of(1959, 1), "M1", "T1", "100", "100"), row(YearMonth.of(1959, 8), "M1", "T1", "100", "999"),
			row(YearMonth.of(1958, 12), "M1", "T1", "100", "500"), row(JULY, "Z", "T9", "0", "5"));

	private final EnterpriseFulfilments fulfilments = new EnterpriseFulfilments(tree, facts,
			List.of(annual("M1", 1959, "1200"), annual("M2", 1959, "2400"), annual("K", 1959, "100"),
					annual("M1", 1958, "7777")));

	@Test
	void combineAggregatesEveryRowOfTheUnitsBelowIt() {
		// K2 = 210 / 200 = 105 %
		assertThat(fulfilments.month("K2", JULY).shownPercent()).isEqualByComparingTo("105.0");
		// K = (90 + 60 + 210) / (100 + 50 + 200) = 360 / 350 = 102.857… % → 102.9
		Fulfilment k = fulfilments.month("K", JULY);
		assertThat(k.planValue()).isEqualByComparingTo("350");
		assertThat(k.actualValue()).isEqualByComparingTo("360");
		assertThat(k.shownPercent()).isEqualByComparingTo("102.9");
	}

	@Test
	void yearToDateIsActualJanuaryToMonthAgainstTheAnnualPlan() {
		// M1: (Jan 100 + Jul 90 + 60) / 1200 = 250 / 1200 = 20.833… % → 20.8 (Aug 1959 and Dec 1958 not counted)
		assertThat(fulfilments.yearToDate("M1", JULY).shownPercent()).isEqualByComparingTo("20.8");
		// K: (250 + 210) / (1200 + 2400 + K's own 100) = 460 / 3700 = 12.432… % → 12.4
		Fulfilment k = fulfilments.yearToDate("K", JULY);
		assertThat(k.planValue()).isEqualByComparingTo("3700");
		assertThat(k.shownPercent()).isEqualByComparingTo("12.4");
	}

	@Test
	void zeroPlanValueIsNotAvailable() {
		Fulfilment z = fulfilments.month("Z", JULY);
		assertThat(z.isDefined()).isFalse();
		assertThat(z.shown()).isEqualTo("n/a");
		assertThat(fulfilments.month("Z", YearMonth.of(1959, 3)).isDefined()).isFalse();
	}

	@Test
	void roundsHalfUpOnlyWhenShownNeverBeforeAggregating() {
		// A: 999.5 / 1000 = 99.95 % (below plan: shown 99.95, not 100.0); B: 1001.44 / 1000 = 100.144 % (shown 100.1)
		// exact: 2000.94 / 2000 = 100.047 % → 100.0; rounding first: (100.0 + 100.1) / 2 = 100.05 → 100.1 (wrong)
		EnterpriseTree single = new EnterpriseTree(List.of(mine("E")));
		List<TeamIndicatorMonth> rows = List.of(row(JULY, "E", "A", "1000", "999.5"),
				row(JULY, "E", "B", "1000", "1001.44"));
		Fulfilment enterprise = new EnterpriseFulfilments(single, rows, List.of()).month("E", JULY);
		Fulfilment teamA = new TeamMonths(rows).get(JULY, new TeamKey("E", "A")).fulfilment();

		assertThat(enterprise.percent()).isEqualByComparingTo("100.047");
		assertThat(enterprise.shownPercent()).isEqualByComparingTo("100.0");
		assertThat(teamA.shownPercent()).isEqualByComparingTo("99.95");
		assertThat(teamA.isBelowPlan()).isTrue();
	}

	@Test
	void seriesRunsFromJanuaryToTheMonthWithNotAvailableGaps() {
		List<MonthFulfilment> series = fulfilments.overYear("M1", JULY);

		assertThat(series).hasSize(7);
		assertThat(series.get(0).fulfilment().shownPercent()).isEqualByComparingTo("100.0");
		assertThat(series.get(1).fulfilment().isDefined()).isFalse();
		// July: 150 / 150
		assertThat(series.get(6).fulfilment().percent()).isEqualByComparingTo(BigDecimal.valueOf(100));
	}

}
