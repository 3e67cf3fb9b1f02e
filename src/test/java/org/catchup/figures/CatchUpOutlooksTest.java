package org.catchup.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catchup.figures.Fixtures.annual;
import static org.catchup.figures.Fixtures.combine;
import static org.catchup.figures.Fixtures.mine;
import static org.catchup.figures.Fixtures.row;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Annual plan 1200 (100 a month) unless said otherwise; each month's plan is 100. */
class CatchUpOutlooksTest {

	private static final YearMonth SEPTEMBER = YearMonth.of(1959, 9);

	@Test
	void paceNeededForecastAndOutOfReach() {
		// T = 9 × 90 = 810; pace = (1200 − 810) / (3/12 × 1200) = 390 / 300 = 130 %;
		// forecast = (810 + 3 × 90) / 1200 = 90 %; 130 > 120 → out of reach
		CatchUpOutlook outlook = outlook("E", SEPTEMBER, monthly("E", 1, 9, "90"), null);

		assertThat(outlook.yearToDate().shown()).isEqualTo("67.5 %");
		assertThat(outlook.paceNeeded()).isEqualByComparingTo("130");
		assertThat(outlook.forecast()).isEqualByComparingTo("90");
		assertThat(outlook.outlook()).isEqualTo(Outlook.OUT_OF_REACH);
	}

	@Test
	void theReachableLimitIsConfigurableAndInclusive() {
		CatchUpOutlook outlook = outlook("E", SEPTEMBER, monthly("E", 1, 9, "90"), BigDecimal.valueOf(130));

		assertThat(outlook.outlook()).isEqualTo(Outlook.REACHABLE);
		assertThat(outlook.outlookLabel()).isEqualTo("reachable");
	}

	@Test
	void onTrackWhenTheRecentPaceCarriesTheYearPastThePlan() {
		// T = 6 × 80 + 3 × 130 = 870; forecast = (870 + 3 × 130) / 1200 = 105 %; pace = 330 / 300 = 110 %
		List<TeamIndicatorMonth> facts = new ArrayList<>(monthly("E", 1, 6, "80"));
		facts.addAll(monthly("E", 7, 9, "130"));
		CatchUpOutlook outlook = outlook("E", SEPTEMBER, facts, null);

		assertThat(outlook.forecast()).isEqualByComparingTo("105");
		assertThat(outlook.paceNeeded()).isEqualByComparingTo("110");
		assertThat(outlook.outlook()).isEqualTo(Outlook.ON_TRACK);
	}

	@Test
	void metOnceTheYearToDateReachesTheAnnualPlanWithAPaceOfZero() {
		// T = 9 × 134 = 1206 ≥ 1200
		CatchUpOutlook outlook = outlook("E", SEPTEMBER, monthly("E", 1, 9, "134"), null);

		assertThat(outlook.paceNeeded()).isEqualByComparingTo("0");
		assertThat(ShownPercent.text(outlook.paceNeeded())).isEqualTo("0.0 %");
		assertThat(outlook.outlook()).isEqualTo(Outlook.MET);
	}

	@Test
	void decemberHasNoPaceNeededAndAShortYearIsOutOfReach() {
		// T = 12 × 99 = 1188 < 1200; no month left; forecast = 1188 / 1200 = 99 %
		CatchUpOutlook outlook = outlook("E", YearMonth.of(1959, 12), monthly("E", 1, 12, "99"), null);

		assertThat(outlook.paceNeeded()).isNull();
		assertThat(outlook.forecast()).isEqualByComparingTo("99");
		assertThat(outlook.outlook()).isEqualTo(Outlook.OUT_OF_REACH);

		// T = 12 × 100 = 1200: met, and still no pace for a year that has ended
		CatchUpOutlook met = outlook("E", YearMonth.of(1959, 12), monthly("E", 1, 12, "100"), null);
		assertThat(met.paceNeeded()).isNull();
		assertThat(met.outlook()).isEqualTo(Outlook.MET);
	}

	@Test
	void zeroAnnualPlanLeavesEveryFigureNotAvailable() {
		EnterpriseTree tree = new EnterpriseTree(List.of(mine("E")));
		EnterpriseFulfilments fulfilments = new EnterpriseFulfilments(tree, monthly("E", 1, 9, "90"),
				List.of(annual("E", 1959, "0")));

		CatchUpOutlook outlook = new CatchUpOutlooks(tree, fulfilments, null).of(tree.get("E"), SEPTEMBER);

		assertThat(outlook.yearToDate().shown()).isEqualTo("n/a");
		assertThat(outlook.paceNeeded()).isNull();
		assertThat(outlook.forecast()).isNull();
		assertThat(outlook.outlook()).isNull();
		assertThat(outlook.outlookLabel()).isEqualTo("n/a");
	}

	@Test
	void forecastAveragesOnlyTheLoadedOfTheLastThreeMonths() {
		// January..July 100 each, August not loaded, September 40: T = 740;
		// mean of July and September = 70 → forecast = (740 + 3 × 70) / 1200 = 79.1666… %
		// (August counted as 0 would give (740 + 3 × 140/3) / 1200 = 73.3 %)
		List<TeamIndicatorMonth> facts = new ArrayList<>(monthly("E", 1, 7, "100"));
		facts.add(row(SEPTEMBER, "E", "T1", "100", "40"));
		CatchUpOutlook outlook = outlook("E", SEPTEMBER, facts, null);

		assertThat(ShownPercent.text(outlook.forecast())).isEqualTo("79.2 %");
		// pace = 460 / 300 = 153.3 % → out of reach
		assertThat(outlook.outlook()).isEqualTo(Outlook.OUT_OF_REACH);
	}

	@Test
	void noLoadedMonthAmongTheLastThreeLeavesNoForecast() {
		// January..June 110 each: T = 660; pace = 540 / 300 = 180 %
		CatchUpOutlook outlook = outlook("E", SEPTEMBER, monthly("E", 1, 6, "110"), null);

		assertThat(outlook.forecast()).isNull();
		assertThat(outlook.paceNeeded()).isEqualByComparingTo("180");
		assertThat(outlook.outlook()).isEqualTo(Outlook.OUT_OF_REACH);
	}

	@Test
	void aCombineCountsAMonthLoadedWhenAnyUnitHasFactsAndSumsTheUnitsPlans() {
		// K ← A, B; annual A 1200 + B 1200 = 2400. A: January..September 100 each (900);
		// B: only September, 160. T = 1060; loaded: July (100), August (100), September (260) → mean 460 / 3;
		// forecast = (1060 + 3 × 460/3) / 2400 = 1520 / 2400 = 63.33 %; pace = 1340 / (3/12 × 2400) = 223.3 %
		EnterpriseTree tree = new EnterpriseTree(List.of(combine("K", null), mine("A", "K"), mine("B", "K")));
		List<TeamIndicatorMonth> facts = new ArrayList<>(monthly("A", 1, 9, "100"));
		facts.add(row(SEPTEMBER, "B", "T1", "100", "160"));
		EnterpriseFulfilments fulfilments = new EnterpriseFulfilments(tree, facts,
				List.of(annual("A", 1959, "1200"), annual("B", 1959, "1200")));

		List<CatchUpOutlook> outlooks = new CatchUpOutlooks(tree, fulfilments, null).of(SEPTEMBER);

		assertThat(outlooks).extracting(o -> o.enterprise().code()).containsExactly("K", "A", "B");
		CatchUpOutlook k = outlooks.get(0);
		assertThat(k.yearToDate().planValue()).isEqualByComparingTo("2400");
		assertThat(ShownPercent.text(k.forecast())).isEqualTo("63.3 %");
		assertThat(ShownPercent.text(k.paceNeeded())).isEqualTo("223.3 %");
		// B alone: loaded only in September (160) → (160 + 3 × 160) / 1200 = 53.3 %
		assertThat(ShownPercent.text(outlooks.get(2).forecast())).isEqualTo("53.3 %");
	}

	private static CatchUpOutlook outlook(String code, YearMonth month, List<TeamIndicatorMonth> facts,
			BigDecimal reachablePace) {
		EnterpriseTree tree = new EnterpriseTree(List.of(mine(code)));
		EnterpriseFulfilments fulfilments = new EnterpriseFulfilments(tree, facts,
				List.of(annual(code, month.getYear(), "1200")));
		return new CatchUpOutlooks(tree, fulfilments, reachablePace).of(tree.get(code), month);
	}

	/** One team, plan 100 and the given actual in each month first..last of 1959. */
	private static List<TeamIndicatorMonth> monthly(String enterprise, int first, int last, String actual) {
		List<TeamIndicatorMonth> rows = new ArrayList<>();
		for (int m = first; m <= last; m++) {
			rows.add(row(YearMonth.of(1959, m), enterprise, "T1", "100", actual));
		}
		return rows;
	}

}
