package org.catchup.jobs;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Ties a lease to the execution it guards: records the execution id in the lock row when the
 * job begins (so a refusal can name it) and releases the lease when the job ends, also when
 * the job operator runs jobs on another thread.
 */
class JobLockListener implements JobExecutionListener {

	private final ObjectProvider<JobLock> lock;

	JobLockListener(ObjectProvider<JobLock> lock) {
		this.lock = lock;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		lock.getObject().attach(execution.getJobInstance().getJobName(), execution.getId());
	}

	@Override
	public void afterJob(JobExecution execution) {
		lock.getObject().finished(execution.getJobInstance().getJobName(), execution.getId());
	}

}
