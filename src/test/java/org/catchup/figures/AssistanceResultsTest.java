package org.catchup.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catchup.figures.Fixtures.row;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** September 1959; plan 100 everywhere, so each actual reads as the percentage. */
class AssistanceResultsTest {

	private static final YearMonth JUNE = YearMonth.of(1959, 6);

	private static final YearMonth JULY = YearMonth.of(1959, 7);

	private static final YearMonth AUGUST = YearMonth.of(1959, 8);

	private static final YearMonth SEPTEMBER = YearMonth.of(1959, 9);

	@Test
	void caughtUpNeedsTwoMonthsAtOrAbovePlanWithinTheHelpAndOneIsOnlyImproving() {
		TeamMonths teams = new TeamMonths(List.of(
				// H1 helped from July: June 80, August 100, September 102 → caught up
				row(JUNE, "W", "H1", "100", "80"), row(AUGUST, "W", "H1", "100", "100"),
				row(SEPTEMBER, "W", "H1", "100", "102"),
				// H2 helped from July: June 85, August 95, September 101 → improving
				row(JUNE, "W", "H2", "100", "85"), row(AUGUST, "W", "H2", "100", "95"),
				row(SEPTEMBER, "W", "H2", "100", "101"),
				// H3 helped from September: August 100 lies before the help → not caught up; 100 = 100 → not yet
				row(AUGUST, "W", "H3", "100", "100"), row(SEPTEMBER, "W", "H3", "100", "100"),
				// helper S1: June 110, September 108
				row(JUNE, "S", "S1", "100", "110"), row(SEPTEMBER, "S", "S1", "100", "108")));

		List<AssistanceResult> results = new AssistanceResults(teams).of(SEPTEMBER,
				List.of(help("S1", "H3", SEPTEMBER, null), help("S1", "H2", JULY, null), help("S1", "H1", JULY, null)));

		assertThat(results).extracting(r -> r.helpedTeamCode() + " " + r.monthsOfHelp() + " " + r.helpedBefore().shown()
				+ " " + r.helpedNow().shown() + " " + r.helperBefore().shown() + " " + r.helperNow().shown() + " "
				+ r.outcomeLabel())
			.containsExactly("H1 3 80.0 % 102.0 % 110.0 % 108.0 % caught up",
					"H2 3 85.0 % 101.0 % 110.0 % 108.0 % improving",
					// H3's before is August; the helper had no row in August
					"H3 1 100.0 % 100.0 % n/a 108.0 % not yet");
		assertThat(results.get(0).helpedTeamName()).isEqualTo("Team H1");
		// H1's chart: April, May (no rows), June 80, July (no row), August 100, September 102
		assertThat(results.get(0).helpedOverTime())
			.extracting(m -> m.month().getMonthValue() + ":" + m.fulfilment().shown())
			.containsExactly("4:n/a", "5:n/a", "6:80.0 %", "7:n/a", "8:100.0 %", "9:102.0 %");
	}

	@Test
	void onlyPairsActiveInTheMonthAreListed() {
		TeamMonths teams = new TeamMonths(List.of(row(SEPTEMBER, "W", "H1", "100", "90"),
				row(SEPTEMBER, "S", "S1", "100", "120")));

		List<AssistanceResult> results = new AssistanceResults(teams).of(SEPTEMBER,
				List.of(help("S1", "ENDED", JUNE, AUGUST), help("S1", "LAST", JULY, SEPTEMBER),
						help("S1", "LATER", YearMonth.of(1959, 10), null), help("S1", "OPEN", JUNE, null)));

		assertThat(results).extracting(AssistanceResult::helpedTeamCode).containsExactly("LAST", "OPEN");
		// no rows at all for the helped team: n/a before and now, not yet, no name
		assertThat(results.get(0).helpedNow().shown()).isEqualTo("n/a");
		assertThat(results.get(0).outcomeLabel()).isEqualTo("not yet");
		assertThat(results.get(0).helpedTeamName()).isNull();
		assertThat(results.get(1).monthsOfHelp()).isEqualTo(4);
	}

	@Test
	void aHelperBelowPlanInTheMonthIsMarkedAsSlipped() {
		TeamMonths teams = new TeamMonths(List.of(row(JULY, "W", "H1", "100", "100"),
				row(AUGUST, "W", "H1", "100", "103"), row(SEPTEMBER, "W", "H1", "100", "104"),
				row(SEPTEMBER, "S", "S1", "10000", "9996"), row(SEPTEMBER, "W", "H2", "100", "70")));

		List<AssistanceResult> results = new AssistanceResults(teams).of(SEPTEMBER,
				List.of(help("S1", "H1", AUGUST, null), help("S9", "H2", AUGUST, null)));

		// S1 at 99.96 % is below plan although one decimal would show 100.0
		assertThat(results.get(0).outcomeLabel()).isEqualTo("caught up; helper slipped");
		assertThat(results.get(0).helperNow().shown()).isEqualTo("99.96 %");
		// S9 has no row this month: nothing shows it below plan
		assertThat(results.get(1).helperSlipped()).isFalse();
		assertThat(results.get(1).outcomeLabel()).isEqualTo("not yet");
	}

	@Test
	void helpFromJanuaryLooksBackToDecemberOnlyWhenTheFactsHoldIt() {
		YearMonth january = YearMonth.of(1960, 1);
		YearMonth february = YearMonth.of(1960, 2);
		List<TeamIndicatorMonth> helpedRows = List.of(row(january, "W", "H1", "100", "90"),
				row(february, "W", "H1", "100", "95"));
		RegisteredAssistance fromJanuary = help("S1", "H1", january, null);

		AssistanceResult withoutDecember = new AssistanceResults(new TeamMonths(helpedRows))
			.of(february, List.of(fromJanuary))
			.get(0);
		assertThat(withoutDecember.helpedBefore().shown()).isEqualTo("n/a");
		assertThat(withoutDecember.outcome()).isEqualTo(AssistanceOutcome.NOT_YET);
		assertThat(withoutDecember.monthsOfHelp()).isEqualTo(2);

		List<TeamIndicatorMonth> withDecemberRows = new ArrayList<>(helpedRows);
		withDecemberRows.add(row(YearMonth.of(1959, 12), "W", "H1", "100", "75"));
		AssistanceResult withDecember = new AssistanceResults(new TeamMonths(withDecemberRows))
			.of(february, List.of(fromJanuary))
			.get(0);
		assertThat(withDecember.helpedBefore().shown()).isEqualTo("75.0 %");
		assertThat(withDecember.outcome()).isEqualTo(AssistanceOutcome.IMPROVING);
	}

	@Test
	void helpInItsSecondMonthCatchesUpWhenBothMonthsAreAtPlan() {
		// From August: August and September both within the help and at plan
		TeamMonths teams = new TeamMonths(List.of(row(JULY, "W", "H1", "100", "70"),
				row(AUGUST, "W", "H1", "100", "100"), row(SEPTEMBER, "W", "H1", "100", "100")));

		AssistanceResult result = new AssistanceResults(teams).of(SEPTEMBER, List.of(help("S1", "H1", AUGUST, null)))
			.get(0);

		assertThat(result.outcome()).isEqualTo(AssistanceOutcome.CAUGHT_UP);
		assertThat(result.monthsOfHelp()).isEqualTo(2);
	}

	private static RegisteredAssistance help(String helper, String helped, YearMonth from, YearMonth to) {
		return new RegisteredAssistance("S", helper, "W", helped, from, to, null);
	}

}
