package org.catchup.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catchup.figures.Fixtures.JULY;
import static org.catchup.figures.Fixtures.annual;
import static org.catchup.figures.Fixtures.combine;
import static org.catchup.figures.Fixtures.mine;
import static org.catchup.figures.Fixtures.row;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Combine K holds mines A and B; mine C stands alone. July 1959, plan → actual:
 * A1 100 → 80 (June 100 → 85), A2 100 → 130, B1 100 → 95, C1 200 → 220; in June the others were at plan.
 */
class FiguresCalculatorTest {

	private static final YearMonth JUNE = JULY.minusMonths(1);

	private final List<Enterprise> enterprises = List.of(combine("K", null), mine("A", "K"), mine("B", "K"),
			mine("C"));

	private final List<TeamIndicatorMonth> facts = List.of(row(JULY, "A", "A1", "100", "80"),
			row(JULY, "A", "A2", "100", "130"), row(JULY, "B", "B1", "100", "95"), row(JULY, "C", "C1", "200", "220"),
			row(JUNE, "A", "A1", "100", "85"), row(JUNE, "A", "A2", "100", "100"), row(JUNE, "B", "B1", "100", "100"),
			row(JUNE, "C", "C1", "200", "200"));

	private final FiguresCalculator calculator = new FiguresCalculator();

	@Test
	void rankingPerLevelWithYearToDateAndChange() {
		MonthlyFigures figures = calculator.calculate(input(facts));

		// C 220/200 = 110 %; K (210 + 95)/300 = 101.67 %; A 210/200 = 105 %; B 95 %
		assertThat(figures.ranking()).extracting(r -> r.level() + " " + r.rank() + " " + r.enterprise().code() + " "
				+ r.month().shown() + " " + r.yearToDate().shown() + " " + r.changeVsPreviousMonth().setScale(2,
						RoundingMode.HALF_UP))
			.containsExactly(
					// C: YTD (200 + 220)/2400 = 17.5 %; change 110 − 100 = +10
					"0 1 C 110.0 % 17.5 % 10.00",
					// K: YTD (185 + 100 + 210 + 95)/2400 = 590/2400 = 24.58 %; change 101.67 − 95 = 6.67
					"0 2 K 101.7 % 24.6 % 6.67",
					// A: YTD (185 + 210)/1200 = 32.92 %; change 105 − 92.5 = 12.5
					"1 1 A 105.0 % 32.9 % 12.50",
					// B: YTD (100 + 95)/1200 = 16.25 % → 16.3 (half up); change 95 − 100 = −5
					"1 2 B 95.0 % 16.3 % -5.00");
	}

	@Test
	void teamsNeedingHelpCarryTheirHelpers() {
		MonthlyFigures figures = calculator.calculate(input(facts));

		// A at 105 %: A1 gets help from its own enterprise, A2 (130 %).
		// B at 95 %: B1 from another enterprise, A2 (surplus 30) beats C1 (surplus 10); A2 may take 2.
		assertThat(figures.teamsNeedingHelp()).extracting(t -> t.teamCode() + " " + t.band() + " "
				+ t.monthsBelowPlan() + " " + t.changeVsPreviousMonth() + " " + t.helperEnterpriseCode() + "/"
				+ t.helperTeamCode())
			.containsExactly("A1 CRITICAL 2 -5 A/A2", "B1 BEHIND 1 -5 A/A2");
		assertThat(figures.assistancePairs()).extracting(p -> p.teamCode() + "-" + p.helperTeamCode() + " "
				+ p.helperFulfilment().shown() + " " + p.indicator())
			.containsExactly("A1-A2 130.0 % COAL", "B1-A2 130.0 % COAL");
	}

	@Test
	void headlineSeriesLaggardsSubmissionsAndWarnings() {
		MonthlyFigures figures = calculator.calculate(input(facts));

		// month: (80 + 130 + 95 + 220)/(100 + 100 + 100 + 200) = 525/500 = 105 %
		// YTD: (June 485 + July 525)/(1200 + 1200 + 2400) = 1010/4800 = 21.04 %
		Headline headline = figures.headline();
		assertThat(headline.month().shown()).isEqualTo("105.0 %");
		assertThat(headline.yearToDate().shown()).isEqualTo("21.0 %");
		// ranked 4; at or above plan C, K, A; needing 2; critical 1; pairs 2; laggard A; missing B
		assertThat(List.of(headline.enterprisesRanked(), headline.enterprisesAtOrAbovePlan(),
				headline.teamsNeedingHelp(), headline.criticalTeams(), headline.assistancePairs(),
				headline.hiddenLaggards(), headline.missingSubmissions()))
			.containsExactly(4, 3, 2, 1, 2, 1, 1);
		assertThat(figures.hiddenLaggards()).extracting(l -> l.enterprise().code() + " " + l.teams().get(0).teamCode())
			.containsExactly("A A1");
		assertThat(figures.pioneersFallingBehind()).isEmpty();
		assertThat(figures.fulfilmentOverYear()).hasSize(4).allSatisfy(series -> assertThat(series.months()).hasSize(7));
		assertThat(figures.fulfilmentOverYear().get(0).months().get(0).fulfilment().shown()).isEqualTo("n/a");
		assertThat(figures.submissions()).extracting(s -> s.enterprise().code() + " " + s.status())
			.containsExactly("A ON_TIME", "B MISSING", "C LATE");
		assertThat(figures.dataWarnings()).extracting(DataWarning::enterpriseCode).containsExactly("A", "C");
	}

	@Test
	void outlookAssistanceResultsAndTheirHeadlineCounts() {
		List<RegisteredAssistance> register = List.of(
				// C1: June 100 %, July 110 %, both within help from June → caught up
				new RegisteredAssistance("A", "A2", "C", "C1", JUNE, null, "shift methods"),
				// A1: before (May) n/a, July 80 % → not yet
				new RegisteredAssistance("A", "A2", "A", "A1", JUNE, null, null),
				// ended in June: not under way in July
				new RegisteredAssistance("C", "C1", "B", "B1", JUNE.minusMonths(2), JUNE, null));
		FiguresInput input = input(facts);
		MonthlyFigures figures = calculator.calculate(new FiguresInput(input.month(), input.enterprises(),
				input.facts(), input.annualPlans(), input.submissions(), input.warnings(), input.deadline(),
				input.maxTeamsPerHelper(), register, null));

		assertThat(figures.assistanceResults()).extracting(r -> r.helpedTeamCode() + " " + r.outcomeLabel())
			.containsExactly("A1 not yet", "C1 caught up");
		assertThat(figures.headline().assistanceUnderWay()).isEqualTo(2);
		assertThat(figures.headline().caughtUp()).isEqualTo(1);
		// C: T = 420 of 2400; pace = 1980 / (5/12 × 2400) = 198 %; forecast = (420 + 5 × 210) / 2400 = 61.25 %
		assertThat(figures.catchUpOutlook()).extracting(o -> o.enterprise().code() + " "
				+ ShownPercent.text(o.paceNeeded()) + " " + ShownPercent.text(o.forecast()) + " " + o.outlookLabel())
			.startsWith("C 198.0 % 61.3 % out of reach");
		assertThat(figures.catchUpOutlook()).extracting(o -> o.enterprise().code()).containsExactly("C", "K", "A", "B");
		// two months of facts are not three: nobody to learn from yet
		assertThat(figures.teamsToLearnFrom()).isEmpty();
	}

	@Test
	void inputOrderDoesNotChangeAnyFigure() {
		MonthlyFigures expected = calculator.calculate(input(facts));
		Random random = new Random(3);
		for (int round = 0; round < 5; round++) {
			List<TeamIndicatorMonth> shuffled = new ArrayList<>(facts);
			Collections.shuffle(shuffled, random);
			assertThat(calculator.calculate(input(shuffled))).isEqualTo(expected);
		}
	}

	private FiguresInput input(List<TeamIndicatorMonth> rows) {
		return new FiguresInput(JULY, enterprises, rows,
				List.of(annual("A", 1959, "1200"), annual("B", 1959, "1200"), annual("C", 1959, "2400")),
				List.of(new SubmissionFact("A", JULY, 1, LocalDateTime.of(1959, 8, 3, 9, 0), false, null),
						new SubmissionFact("C", JULY, 1, LocalDateTime.of(1959, 8, 9, 9, 0), false, null)),
				List.of(new DataWarning("C", "TEXT_NUMBER", "Report!F7", "Number stored as text"),
						new DataWarning("A", "NEW_TEAM", "Report!B9", "Team code never seen before")),
				LocalDate.of(1959, 8, 5), 2, List.of(), null);
	}

}
