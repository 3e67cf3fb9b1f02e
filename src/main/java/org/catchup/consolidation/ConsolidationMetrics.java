package org.catchup.consolidation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The consolidation's counters, for monitoring to alert on: {@code catchup.submissions.accepted}
 * (loaded), {@code catchup.submissions.rejected}, {@code catchup.submissions.unchanged} (content
 * consolidated before) and {@code catchup.rows.loaded} (data rows of the loaded ones).
 */
@Component
class ConsolidationMetrics {

	private final Counter accepted;

	private final Counter rejected;

	private final Counter unchanged;

	private final Counter rowsLoaded;

	ConsolidationMetrics(MeterRegistry registry) {
		this.accepted = Counter.builder("catchup.submissions.accepted")
			.description("Submissions loaded into the warehouse")
			.register(registry);
		this.rejected = Counter.builder("catchup.submissions.rejected")
			.description("Submissions rejected with errors")
			.register(registry);
		this.unchanged = Counter.builder("catchup.submissions.unchanged")
			.description("Files whose content was consolidated before; nothing changed")
			.register(registry);
		this.rowsLoaded = Counter.builder("catchup.rows.loaded")
			.description("Data rows of the loaded submissions")
			.baseUnit("rows")
			.register(registry);
	}

	void finished(ConsolidationOutcome outcome) {
		switch (outcome.result()) {
			case LOADED -> {
				accepted.increment();
				rowsLoaded.increment(outcome.report().lineCount());
			}
			case REJECTED -> rejected.increment();
			case ALREADY_CONSOLIDATED -> unchanged.increment();
		}
	}

}
