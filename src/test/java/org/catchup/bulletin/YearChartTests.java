package org.catchup.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.catchup.figures.Enterprise;
import org.catchup.figures.EnterpriseKind;
import org.catchup.figures.FulfilmentSeries;
import org.junit.jupiter.api.Test;

class YearChartTests {

	@Test
	void everyEnterpriseIsChartedUpToTheLimit() {
		List<FulfilmentSeries> forty = series(2, YearChart.MAX_LINES - 2);

		assertThat(YearChart.charted(forty)).isEqualTo(forty);
		assertThat(YearChart.isCut(forty)).isFalse();
	}

	@Test
	void withMoreOnlyTheTopLevelUnitsAreCharted() {
		List<FulfilmentSeries> country = series(3, YearChart.MAX_LINES);

		assertThat(YearChart.isCut(country)).isTrue();
		assertThat(YearChart.charted(country)).extracting(one -> one.enterprise().code())
			.containsExactly("K1", "K2", "K3");
	}

	@Test
	void neverMoreThanTheLimit() {
		assertThat(YearChart.charted(series(YearChart.MAX_LINES + 5, 0))).hasSize(YearChart.MAX_LINES);
	}

	/** {@code combines} top-level combines, then {@code units} units below the first. */
	static List<FulfilmentSeries> series(int combines, int units) {
		List<FulfilmentSeries> series = new ArrayList<>();
		for (int k = 1; k <= combines; k++) {
			series.add(new FulfilmentSeries(new Enterprise("K" + k, "Combine " + k, EnterpriseKind.COMBINE, null),
					List.of()));
		}
		for (int u = 1; u <= units; u++) {
			series.add(new FulfilmentSeries(new Enterprise("U" + u, "Unit " + u, EnterpriseKind.MINE, "K1"), List.of()));
		}
		return series;
	}

}
