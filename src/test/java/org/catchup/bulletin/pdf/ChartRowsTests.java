package org.catchup.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ChartRowsTests {

	@Test
	void eachLevelIsChartedWithThePlanLineFirst() {
		List<Map<String, ?>> rows = new ChartRows(SampleBulletin.figures()).rows();
		assertThat(rows).extracting(row -> (Object) row.get("chart")).containsOnly("Top-level units", "Units at level 1");
		assertThat(rows.get(0).get("series")).isEqualTo(ChartRows.PLAN_LINE);
		assertThat(rows.get(0).get("month")).isEqualTo("Jan");
		// Krughütte has no plan in September: a gap, not a zero
		assertThat(rows).filteredOn(row -> "Krughütte Eisleben".equals(row.get("series")) && "Sep".equals(row.get("month")))
			.singleElement()
			.satisfies(row -> assertThat(row.get("percent")).isNull());
	}

	@Test
	void manyEnterprisesAreSplitIntoChartsOfEight() {
		List<Map<String, ?>> rows = new ChartRows(SampleBulletin.largeEdition().figures()).rows();
		assertThat(rows).extracting(row -> (Object) row.get("chart"))
			.containsOnly("Units at level 1 (1 of 3)", "Units at level 1 (2 of 3)", "Units at level 1 (3 of 3)");
		long linesInFirst = rows.stream()
			.filter(row -> "Units at level 1 (1 of 3)".equals(row.get("chart")))
			.map(row -> row.get("series"))
			.distinct()
			.count();
		assertThat(linesInFirst).isEqualTo(ChartRows.LINES_PER_CHART + 1);
	}

	@Test
	void axisKeepsThePlanLineInView() {
		ChartRows chart = new ChartRows(SampleBulletin.figures());
		assertThat(chart.axisMin()).isEqualTo(80.0);
		assertThat(chart.axisMax()).isEqualTo(120.0);
	}

}
