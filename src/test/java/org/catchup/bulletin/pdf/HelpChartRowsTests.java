package org.catchup.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.catchup.i18n.TestTexts;
import org.junit.jupiter.api.Test;

class HelpChartRowsTests {

	private final List<Map<String, ?>> rows = new HelpChartRows(SampleBulletin.assistanceResults(),
			new Formats(TestTexts.english())).rows();

	@Test
	void eachTeamsFirstMonthOfHelpIsTheStartCategoryHoweverItsFromMonthDiffers() {
		// TS-101 from July, TS-102 from August, KH-903 from September
		assertThat(percentAt("TS-101", "start")).isEqualTo(80.8);
		assertThat(percentAt("TS-102", "start")).isEqualTo(82.4);
		assertThat(percentAt("KH-903", "start")).isEqualTo(81.9);
		assertThat(percentAt("TS-101", "3 before")).isEqualTo(85.7);
		assertThat(percentAt("TS-101", "month 3")).isEqualTo(104.0);
	}

	@Test
	void theChartStartsWithThePlanLineOverEveryCategoryAndLeavesNotAvailableEmpty() {
		List<Object> planCategories = rows.stream()
			.filter(row -> "Plan (100 %)".equals(row.get("series")))
			.map(row -> row.get("month"))
			.map(Object.class::cast)
			.toList();
		assertThat(planCategories).containsExactly("3 before", "2 before", "1 before", "start", "month 2", "month 3");
		assertThat(rows.get(0).get("series")).isEqualTo("Plan (100 %)");
		assertThat(rows).anyMatch(row -> ((String) row.get("series")).startsWith("KH-903 ")
				&& "3 before".equals(row.get("month")) && row.get("percent") == null);
	}

	@Test
	void aShownPercentNeverCrossesTheLineInTheChart() {
		assertThat(percentAt("TS-102", "month 2")).isEqualTo(99.96);
	}

	private Double percentAt(String team, String category) {
		return rows.stream()
			.filter(row -> ((String) row.get("series")).startsWith(team + " ") && category.equals(row.get("month")))
			.findFirst()
			.map(row -> (Double) row.get("percent"))
			.orElse(null);
	}

}
