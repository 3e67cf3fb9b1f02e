package org.catchup.schedule;

import java.time.Clock;

import javax.sql.DataSource;

import org.catchup.launcher.JobDefinitions;
import org.catchup.launcher.JobLaunches;
import org.catchup.system.CatchUpProperties;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job lock, always on (manual runs need it as much as scheduled ones), and the listener
 * every job gets so its lease follows its execution. The scheduler itself is
 * {@link JobScheduler}, on only when {@code catchup.scheduling.enabled=true}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ JobLockProperties.class, SchedulingProperties.class })
class ScheduleConfiguration {

	@Bean
	JobLock jobLock(DataSource dataSource, JobLockProperties properties, ObjectProvider<Clock> clock) {
		return new JobLock(dataSource, properties, clock.getIfAvailable(Clock::systemDefaultZone));
	}

	@Bean
	@ConditionalOnBooleanProperty("catchup.scheduling.enabled")
	JobScheduler jobScheduler(JobLaunches launches, CatchUpProperties catchUp, DataSource dataSource,
			SchedulingProperties properties, ObjectProvider<Clock> clock) {
		return new JobScheduler(launches, new JobDefinitions(catchUp.jobs()), new LastRuns(dataSource), properties,
				clock.getIfAvailable(Clock::systemDefaultZone));
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
