package org.catchup.jobs;

import java.util.Map;

/**
 * One job file of {@code jobs/}.
 *
 * @param name the job, from the file name
 * @param schedule the cron expression, or null when the job runs only on demand
 * @param parameters the default parameters ({@code param.<name>} lines)
 */
public record JobDefinition(String name, String schedule, Map<String, String> parameters) {
}
