package org.catchup.web.jobs;

import java.time.LocalDateTime;

/**
 * A job, its cron from {@code jobs/} and when that cron fires next (null when it has none).
 *
 * @param defaults the job file's default parameters, one {@code key=value} a line
 * @param help what the job accepts and its defaults, for people
 */
record JobSchedule(String job, String cron, LocalDateTime nextRun, String defaults, String help) {
}
