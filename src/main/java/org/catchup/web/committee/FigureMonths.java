package org.catchup.web.committee;

import java.time.YearMonth;
import java.util.Optional;

import org.catchup.warehouse.FiguresQueries;
import org.springframework.stereotype.Component;

/** The month a committee member most likely wants: the latest one with loaded figures. */
@Component
class FigureMonths {

	private final FiguresQueries queries;

	FigureMonths(FiguresQueries queries) {
		this.queries = queries;
	}

	Optional<YearMonth> latest() {
		return queries.latestLoadedPeriod();
	}

}
