package org.catchup.database;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.catchup.database.ConnectionFailures;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A lost database fails the run within {@code catchup.database.loss-timeout}: each wait for a
 * connection is short (the pool's connection timeout, application.properties), and
 * {@link GuardedDataSource} stops waiting once the database has been gone that long.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	/** A build older than the warehouse's schema refuses to start ({@link NewerSchemaCheck}). */
	@Bean
	FlywayMigrationStrategy newerSchemaCheck() {
		return new NewerSchemaCheck();
	}

	@Bean
	DatabaseLoss databaseLoss(@Value("${catchup.database.loss-timeout:30s}") Duration lossTimeout,
			@Value("${spring.datasource.hikari.connection-timeout:30000}") long connectionTimeoutMillis,
			@Value("${spring.datasource.url:}") String url) {
		return new DatabaseLoss(lossTimeout, Duration.ofMillis(connectionTimeoutMillis), ConnectionFailures.shown(url),
				Clock.systemDefaultZone());
	}

	@Bean
	static BeanPostProcessor guardedDataSource(ObjectProvider<DatabaseLoss> loss) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource && !(bean instanceof GuardedDataSource)
						? new GuardedDataSource(dataSource, loss.getObject()) : bean;
			}
		};
	}

}
