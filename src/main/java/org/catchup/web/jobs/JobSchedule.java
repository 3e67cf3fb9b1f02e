package org.catchup.web.jobs;

import java.time.LocalDateTime;

/** A job, its cron from {@code jobs/} and when that cron fires next (null when it has none). */
record JobSchedule(String job, String cron, LocalDateTime nextRun, String defaults) {
}
