package org.catchup.jobs;

/**
 * Something a job needs from outside before it may start, such as the broker that carries its
 * partitions. {@link JobLaunches} asks every check before a start or restart takes the job's
 * lock or creates an execution, so a refused start leaves nothing behind.
 */
public interface JobStartCheck {

	/**
	 * @param jobName the job about to start or restart
	 * @throws RuntimeException whose message says what is missing, when the job cannot start
	 */
	void check(String jobName);

}
