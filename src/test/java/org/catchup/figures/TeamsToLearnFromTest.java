package org.catchup.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catchup.figures.Fixtures.row;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TeamsToLearnFromTest {

	private static final YearMonth JULY = YearMonth.of(1959, 7);

	private static final YearMonth AUGUST = YearMonth.of(1959, 8);

	private static final YearMonth SEPTEMBER = YearMonth.of(1959, 9);

	@Test
	void theBestOfEachIndicatorComeOutTheSameWhateverOrderTheEnterprisesAreOfferedIn() {
		List<TeamIndicatorMonth> rows = new ArrayList<>();
		String[] enterprises = { "A", "B", "C", "D" };
		for (int e = 0; e < enterprises.length; e++) {
			for (int t = 0; t < 4; t++) {
				String last = String.valueOf(106 + (e * 7 + t * 3) % 11);
				rows.addAll(threeMonths(enterprises[e], "T" + t, "110", "108", last));
			}
		}
		List<TeamToLearnFrom> together = new TeamsToLearnFrom(new TeamMonths(rows)).find(SEPTEMBER);

		TeamsToLearnFrom.Best best = new TeamsToLearnFrom.Best();
		for (int e = enterprises.length - 1; e >= 0; e--) {
			String code = enterprises[e];
			new TeamsToLearnFrom(new TeamMonths(rows.stream().filter(row -> row.enterpriseCode().equals(code)).toList()))
				.candidates(SEPTEMBER)
				.forEach(best::offer);
		}

		assertThat(together).hasSize(TeamsToLearnFrom.PER_INDICATOR);
		assertThat(best.ranked()).isEqualTo(together);
	}

	@Test
	void onlyTeamsAtOrAboveOneHundredFiveInEachOfTheLastThreeMonths() {
		List<TeamIndicatorMonth> rows = new ArrayList<>();
		rows.addAll(threeMonths("E", "EXACT", "105", "105", "105"));
		// 10499 / 10000 = 104.99 % in August
		rows.addAll(List.of(row(JULY, "E", "DIP", "100", "120"), row(AUGUST, "E", "DIP", "10000", "10499"),
				row(SEPTEMBER, "E", "DIP", "100", "120")));
		// no row in July
		rows.addAll(List.of(row(AUGUST, "E", "GAP", "100", "130"), row(SEPTEMBER, "E", "GAP", "100", "130")));
		// strong before, not now
		rows.addAll(threeMonths("E", "NOW", "130", "130", "100"));

		List<TeamToLearnFrom> found = new TeamsToLearnFrom(new TeamMonths(rows)).find(SEPTEMBER);

		assertThat(found).extracting(TeamToLearnFrom::teamCode).containsExactly("EXACT");
		assertThat(found.get(0).meanPercent()).isEqualByComparingTo("105");
		assertThat(found.get(0).months()).hasSize(3);
	}

	@Test
	void rankedByTheMeanWithTiesByEnterpriseThenTeamCode() {
		List<TeamIndicatorMonth> rows = new ArrayList<>();
		// means: B/T1 (110 + 110 + 110)/3 = 110; A/T2 (105 + 110 + 115)/3 = 110; A/T1 (115 + 110 + 105)/3 = 110,
		// A/T1's July as 21/20 (plan 20): an exact tie, not one that rounding made
		rows.addAll(threeMonths("B", "T1", "110", "110", "110"));
		rows.addAll(threeMonths("A", "T2", "105", "110", "115"));
		rows.addAll(List.of(row(JULY, "A", "T1", "20", "23"), row(AUGUST, "A", "T1", "100", "110"),
				row(SEPTEMBER, "A", "T1", "100", "105")));
		// C/T9: (120 + 120 + 121)/3 = 120.33 → first
		rows.addAll(threeMonths("C", "T9", "120", "120", "121"));
		// Z/T0: (110 + 110 + 109.99)/3 = 109.9966…: shown as 110.0, yet ranked after the exact 110s
		rows.addAll(threeMonths("Z", "T0", "110", "110", "109.99"));

		List<TeamToLearnFrom> found = new TeamsToLearnFrom(new TeamMonths(rows)).find(SEPTEMBER);

		assertThat(found).extracting(t -> t.rank() + " " + t.enterpriseCode() + "/" + t.teamCode() + " "
				+ ShownPercent.text(t.meanPercent()))
			.containsExactly("1 C/T9 120.3 %", "2 A/T1 110.0 %", "3 A/T2 110.0 %", "4 B/T1 110.0 %",
					"5 Z/T0 110.0 %");
	}

	@Test
	void firstFivePerMainIndicatorOfTheMonth() {
		List<TeamIndicatorMonth> rows = new ArrayList<>();
		for (int t = 1; t <= 6; t++) {
			String actual = String.valueOf(110 + t);
			rows.addAll(threeMonths("E", "C" + t, actual, actual, actual));
		}
		// ORE1 had ORE as its main indicator in July and August, COAL in September: counts under COAL
		rows.addAll(List.of(row(JULY, "E", "ORE1", "ORE", "100", "150"), row(AUGUST, "E", "ORE1", "ORE", "100", "150"),
				row(SEPTEMBER, "E", "ORE1", "ORE", "100", "150"), row(SEPTEMBER, "E", "ORE1", "COAL", "200", "300")));
		rows.addAll(threeMonthsOf("F", "ORE2", "ORE", "106"));

		List<TeamToLearnFrom> found = new TeamsToLearnFrom(new TeamMonths(rows)).find(SEPTEMBER);

		assertThat(found).extracting(t -> t.mainIndicator() + " " + t.rank() + " " + t.teamCode())
			.containsExactly("COAL 1 ORE1", "COAL 2 C6", "COAL 3 C5", "COAL 4 C4", "COAL 5 C3", "ORE 1 ORE2");
	}

	/** Plan 100 in each of July, August, September with these actuals (one indicator, COAL). */
	private static List<TeamIndicatorMonth> threeMonths(String enterprise, String team, String july, String august,
			String september) {
		return List.of(row(JULY, enterprise, team, "100", july), row(AUGUST, enterprise, team, "100", august),
				row(SEPTEMBER, enterprise, team, "100", september));
	}

	private static List<TeamIndicatorMonth> threeMonthsOf(String enterprise, String team, String indicator,
			String actual) {
		return List.of(row(JULY, enterprise, team, indicator, "100", actual),
				row(AUGUST, enterprise, team, indicator, "100", actual),
				row(SEPTEMBER, enterprise, team, indicator, "100", actual));
	}

}
