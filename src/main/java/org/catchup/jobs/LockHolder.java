package org.catchup.jobs;

import java.time.Instant;

/**
 * Who holds a job's lock: the row of {@code job_lock}.
 *
 * @param jobName the job
 * @param owner this lease's unique id (host, process id and a random part)
 * @param host the host name of the process holding it, for people
 * @param executionId the job execution running under it, null until it has been created
 * @param lockedAt when it was taken
 * @param expiresAt when it frees itself unless its holder renews it
 */
public record LockHolder(String jobName, String owner, String host, Long executionId, Instant lockedAt,
		Instant expiresAt) {
}
