package org.catchup.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.catchup.i18n.TestTexts;
import org.junit.jupiter.api.Test;

class ChartRowsTests {

	private static final Formats ENGLISH = new Formats(TestTexts.english());

	@Test
	void eachLevelIsChartedWithThePlanLineFirst() {
		List<Map<String, ?>> rows = List.copyOf(new ChartRows(SampleBulletin.figures(), ENGLISH).rows());
		assertThat(rows).extracting(row -> (Object) row.get("chart")).containsOnly("Top-level units", "Units at level 1");
		assertThat(rows.get(0).get("series")).isEqualTo("Plan (100 %)");
		assertThat(rows.get(0).get("month")).isEqualTo("Jan");
		// Krughütte has no plan in September: a gap, not a zero
		assertThat(rows).filteredOn(row -> "Krughütte Eisleben".equals(row.get("series")) && "Sep".equals(row.get("month")))
			.singleElement()
			.satisfies(row -> assertThat(row.get("percent")).isNull());
	}

	@Test
	void manyEnterprisesAreSplitIntoChartsOfEight() {
		List<Map<String, ?>> rows = List.copyOf(new ChartRows(SampleBulletin.largeEdition().figures(), ENGLISH).rows());
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
		ChartRows chart = new ChartRows(SampleBulletin.figures(), ENGLISH);
		assertThat(chart.axisMin()).isEqualTo(80.0);
		assertThat(chart.axisMax()).isEqualTo(120.0);
	}

}
