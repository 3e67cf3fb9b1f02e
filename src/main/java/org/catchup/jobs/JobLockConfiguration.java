package org.catchup.jobs;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job lock, always on (manual runs need it as much as scheduled ones), and the listener
 * every job gets so its lease follows its execution.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobLockProperties.class)
class JobLockConfiguration {

	@Bean
	JobLock jobLock(DataSource dataSource, JobLockProperties properties, ObjectProvider<Clock> clock) {
		return new JobLock(dataSource, properties, clock.getIfAvailable(Clock::systemDefaultZone));
	}

	// static: a post-processor is created before other beans, so it reaches the lock lazily
	@Bean
	static BeanPostProcessor jobLockListenerRegistrar(ObjectProvider<JobLock> jobLock) {
		JobLockListener listener = new JobLockListener(jobLock);
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof AbstractJob job) {
					job.registerJobExecutionListener(listener);
				}
				return bean;
			}
		};
	}

}
