package org.catchup.jobs;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

/**
 * For tests outside this package: the job lock of another process on the same database, which
 * holds a job's lock for a given execution as a running job would.
 */
public final class OtherProcessLock implements AutoCloseable {

	private final JobLock lock;

	public OtherProcessLock(DataSource dataSource) {
		this.lock = new JobLock(dataSource, new JobLockProperties(Duration.ofMinutes(2), Duration.ofSeconds(20)),
				Clock.systemDefaultZone());
	}

	/** Takes the job's lock, as the run of {@code executionId} holds it. */
	public JobLease hold(String jobName, long executionId) {
		JobLease lease = lock.acquire(jobName);
		lock.attach(jobName, executionId);
		return lease;
	}

	@Override
	public void close() {
		lock.close();
	}

}
