package org.catchup.jobs;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A held job lock. Closing it releases the lock; closing it twice does nothing, so both the
 * launcher and the job's end may close it.
 */
public final class JobLease implements AutoCloseable {

	private final JobLock lock;

	private final String jobName;

	private final String owner;

	private final AtomicBoolean released = new AtomicBoolean();

	private volatile Long executionId;

	private volatile ScheduledFuture<?> renewal;

	JobLease(JobLock lock, String jobName, String owner) {
		this.lock = lock;
		this.jobName = jobName;
		this.owner = owner;
	}

	public String jobName() {
		return jobName;
	}

	public String owner() {
		return owner;
	}

	Long executionId() {
		return executionId;
	}

	void executionId(Long executionId) {
		this.executionId = executionId;
	}

	void renewal(ScheduledFuture<?> renewal) {
		this.renewal = renewal;
	}

	/** True the first time only: whoever gets true does the releasing. */
	boolean markReleased() {
		if (!released.compareAndSet(false, true)) {
			return false;
		}
		ScheduledFuture<?> pending = renewal;
		if (pending != null) {
			pending.cancel(false);
		}
		return true;
	}

	@Override
	public void close() {
		lock.release(this);
	}

}
