package org.catchup.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The scheduler's switches.
 *
 * @param enabled run the jobs on the schedules in {@code jobs/}; off for the one-shot launcher
 * commands and the tests, on for {@code ./catchup serve}
 * @param catchUpMissed on start, run once each job whose scheduled time passed while no
 * instance was up
 */
@ConfigurationProperties("catchup.scheduling")
public record SchedulingProperties(boolean enabled, boolean catchUpMissed) {
}
