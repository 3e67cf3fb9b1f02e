package org.catchup.schedule;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;

/**
 * The parameters a scheduled run adds to the job file's defaults. The bulletin due on the 7th
 * is the previous month's, so its {@code month} is taken from the time it was due (not from
 * when it actually starts: a missed March run caught up in April still renders February).
 */
final class ScheduledParameters {

	static final String BULLETIN = "bulletin";

	private ScheduledParameters() {
	}

	static Map<String, String> forRun(String jobName, LocalDateTime due, Map<String, String> defaults) {
		if (jobName.equals(BULLETIN) && !defaults.containsKey("month")) {
			return Map.of("month", YearMonth.from(due).minusMonths(1).toString());
		}
		return Map.of();
	}

}
