package org.catchup.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Signs every job execution with the process running it ({@code pid@host@jvm-start}), in its
 * execution context, as soon as it starts. {@link StaleExecutions} reads the signature to tell
 * an execution whose process is gone from one that is still running. Registered on every job
 * bean, so the job configurations need not know.
 */
@Component
class ProcessMarker implements JobExecutionListener, BeanPostProcessor {

	static final String KEY = "catchup.process";

	static final String THIS_PROCESS = ProcessHandle.current().pid() + "@" + hostName() + "@"
			+ ProcessHandle.current().info().startInstant().map(Object::toString).orElse("?");

	private final ObjectProvider<JobRepository> jobRepository;

	/** Execution id → the thread running it; afterJob is skipped when the repository itself failed. */
	private final Map<Long, Thread> runningHere = new ConcurrentHashMap<>();

	ProcessMarker(ObjectProvider<JobRepository> jobRepository) {
		this.jobRepository = jobRepository;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractJob job) {
			job.registerJobExecutionListener(this);
		}
		return bean;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		runningHere.put(execution.getId(), Thread.currentThread());
		execution.getExecutionContext().putString(KEY, THIS_PROCESS);
		jobRepository.getObject().updateExecutionContext(execution);
	}

	@Override
	public void afterJob(JobExecution execution) {
		runningHere.remove(execution.getId());
	}

	/** A thread that is asking has finished whatever it ran before (launches are synchronous). */
	boolean isRunningHere(long executionId) {
		Thread thread = runningHere.get(executionId);
		return thread != null && thread.isAlive() && thread != Thread.currentThread();
	}

	static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return System.getenv().getOrDefault("HOSTNAME", "unknown-host");
		}
	}

}
