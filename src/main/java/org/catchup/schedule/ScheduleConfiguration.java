package org.catchup.schedule;

import java.time.Clock;

import javax.sql.DataSource;

import org.catchup.jobs.JobDefinitions;
import org.catchup.jobs.JobLaunches;
import org.catchup.system.CatchUpProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scheduler, {@link JobScheduler}, on only when {@code catchup.scheduling.enabled=true}.
 * It starts jobs through {@link JobLaunches}, which takes the job lock like every other start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulingProperties.class)
class ScheduleConfiguration {

	@Bean
	@ConditionalOnBooleanProperty("catchup.scheduling.enabled")
	JobScheduler jobScheduler(JobLaunches launches, CatchUpProperties catchUp, DataSource dataSource,
			SchedulingProperties properties, ObjectProvider<Clock> clock) {
		return new JobScheduler(launches, new JobDefinitions(catchUp.jobs()), new LastRuns(dataSource), properties,
				clock.getIfAvailable(Clock::systemDefaultZone));
	}

}
