package org.catchup.schedule;

import java.time.LocalDateTime;
import java.util.Optional;

import org.catchup.jobs.JobDefinition;
import org.springframework.scheduling.support.CronExpression;

/**
 * A job's schedule: the Spring cron expression (second minute hour day-of-month month
 * day-of-week) of its file in {@code jobs/}, read in the server's time zone.
 */
record Schedule(String jobName, String expression, CronExpression cron) {

	/** The schedule of a job file, or empty for a job without one ({@code schedule=-}). */
	static Optional<Schedule> of(JobDefinition definition, String fileForMessages) {
		if (definition.schedule() == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Schedule(definition.name(), definition.schedule(),
					CronExpression.parse(definition.schedule())));
		}
		catch (IllegalArgumentException ex) {
			String problem = "%s: schedule '%s' is not a cron expression with six fields (second minute hour "
					+ "day-of-month month day-of-week, e.g. '0 30 1 * * *'): %s";
			throw new IllegalStateException(problem.formatted(fileForMessages, definition.schedule(), ex.getMessage()),
					ex);
		}
	}

	/** The first time the job is due strictly after {@code time}. */
	LocalDateTime next(LocalDateTime time) {
		return cron.next(time);
	}

	/**
	 * The last time the job was due after {@code lastRun} and up to {@code now}: the run that was
	 * missed. Empty when it has never run (nothing was missed) or has not been due since.
	 */
	Optional<LocalDateTime> missedSince(LocalDateTime lastRun, LocalDateTime now) {
		if (lastRun == null) {
			return Optional.empty();
		}
		LocalDateTime due = cron.next(lastRun);
		if (due == null || due.isAfter(now)) {
			return Optional.empty();
		}
		// Several missed times make one run: the latest.
		for (LocalDateTime later = cron.next(due); later != null && !later.isAfter(now); later = cron.next(later)) {
			due = later;
		}
		return Optional.of(due);
	}

}
