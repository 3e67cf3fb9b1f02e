package org.catchup.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a job lock lives without renewal, and how often its holder renews it.
 *
 * @param ttl a lock not renewed for this long is stale (its process died) and may be taken over
 * @param heartbeat how often a running job renews its lock; well below {@code ttl}
 */
@ConfigurationProperties("catchup.job-lock")
public record JobLockProperties(Duration ttl, Duration heartbeat) {

	public JobLockProperties {
		if (ttl == null) {
			ttl = Duration.ofMinutes(2);
		}
		if (heartbeat == null) {
			heartbeat = ttl.dividedBy(6);
		}
		if (heartbeat.compareTo(ttl) >= 0) {
			throw new IllegalArgumentException(
					"catchup.job-lock.heartbeat (" + heartbeat + ") must be shorter than catchup.job-lock.ttl (" + ttl + ")");
		}
	}

}
