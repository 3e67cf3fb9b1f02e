package org.catchup.monitoring;

import org.catchup.system.CatchUpProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Catch-Up's own health components; Boot adds the database ({@code db}) and {@code diskSpace}. */
@Configuration(proxyBeanMethods = false)
class MonitoringConfiguration {

	/** Health component {@code inbox} (the bean name without "HealthIndicator"). */
	@Bean
	InboxHealthIndicator inboxHealthIndicator(CatchUpProperties properties) {
		return new InboxHealthIndicator(properties.inbox());
	}

}
