package org.catchup.consolidation.remote;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the night's partitions travel to {@code ./catchup worker} processes; see
 * application.properties for the environment variables behind each. The broker itself is
 * Spring Boot's {@code spring.rabbitmq.*}; whether a night runs remote is {@link ConsolidationMode}'s.
 *
 * @param queue the RabbitMQ queue of partition requests that the manager fills and the workers empty
 * @param remotePartitions at most this many partitions in a remote night: it splits into one per
 * partition its live workers run at once ({@code workerPartitions} added up), or into this many
 * when no worker is heard of
 * @param workerTimeout a worker not heard from for this long is gone, and the partitions it had are failed
 * @param workerHeartbeat how often a worker says it is alive; well below {@code workerTimeout}
 * @param remoteTimeout the longest a night may wait for its partitions, finished or not
 * @param pollInterval how often the manager reads the job repository for finished partitions
 * @param workerPartitions how many partitions one worker process runs at once
 */
@ConfigurationProperties("catchup.consolidation")
public record RemoteSettings(String queue, int remotePartitions, Duration workerTimeout, Duration workerHeartbeat,
		Duration remoteTimeout, Duration pollInterval, int workerPartitions) {

	public RemoteSettings {
		if (queue == null || queue.isBlank()) {
			queue = "catchup.consolidation";
		}
		if (remotePartitions < 1) {
			remotePartitions = 16;
		}
		if (workerTimeout == null) {
			workerTimeout = Duration.ofSeconds(60);
		}
		if (workerHeartbeat == null) {
			workerHeartbeat = workerTimeout.dividedBy(6);
		}
		if (remoteTimeout == null) {
			remoteTimeout = Duration.ofHours(6);
		}
		if (pollInterval == null) {
			pollInterval = Duration.ofMillis(100);
		}
		if (workerPartitions < 1) {
			workerPartitions = 1;
		}
		if (workerHeartbeat.compareTo(workerTimeout) >= 0) {
			throw new IllegalArgumentException("catchup.consolidation.worker-heartbeat (" + workerHeartbeat
					+ ") must be shorter than catchup.consolidation.worker-timeout (" + workerTimeout + ")");
		}
	}

}
