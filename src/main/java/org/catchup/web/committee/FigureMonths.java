package org.catchup.web.committee;

import java.time.YearMonth;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The month a committee member most likely wants: the latest one with loaded figures. */
@Component
class FigureMonths {

	private final JdbcClient jdbc;

	FigureMonths(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<YearMonth> latest() {
		return jdbc.sql("SELECT MAX(period) FROM submission WHERE status = 'CURRENT'")
			.query(String.class)
			.optional()
			.map(YearMonth::parse);
	}

}
