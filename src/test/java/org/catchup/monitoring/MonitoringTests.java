package org.catchup.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.catchup.jobs.JobLaunches;
import org.catchup.support.FreshDataFolder;
import org.catchup.system.CatchUpProperties;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What an operator's monitoring sees: the counters and Spring Batch's timers after a night, and
 * the health of what a night needs.
 */
@SpringBootTest
class MonitoringTests extends FreshDataFolder {

	@Autowired
	JobLaunches launches;

	@Autowired
	MeterRegistry meters;

	@Autowired
	CatchUpProperties properties;

	@Autowired
	HealthEndpoint health;

	@Test
	void aConsolidationCountsAcceptedAndRejectedSubmissionsAndLoadedRowsAndIsTimed() throws Exception {
		launches.start("reference-data", Map.of("file", "sample-input/reference-data.xlsx"));
		double accepted = count("catchup.submissions.accepted");
		double rejected = count("catchup.submissions.rejected");
		double rows = count("catchup.rows.loaded");
		Files.createDirectories(properties.inbox());
		Files.copy(Path.of("sample-input/submissions/1959-01/OBS-1959-01.xlsx"), properties.inbox().resolve("OBS.xlsx"));
		Files.copy(Path.of("sample-input/broken/BROKEN-unknown-indicator.xlsx"),
				properties.inbox().resolve("BROKEN.xlsx"));

		assertThat(launches.start("consolidation", Map.of()).getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(count("catchup.submissions.accepted")).isEqualTo(accepted + 1);
		assertThat(count("catchup.submissions.rejected")).isEqualTo(rejected + 1);
		assertThat(count("catchup.rows.loaded")).isEqualTo(rows + 35);
		assertThat(meters.find("spring.batch.job").tag("spring.batch.job.name", "consolidation").timer())
			.as("Spring Batch's job timer")
			.isNotNull()
			.satisfies(timer -> assertThat(timer.count()).isPositive());
		assertThat(meters.find("spring.batch.step").timer()).as("Spring Batch's step timer").isNotNull();
	}

	@Test
	void theNightlyHealthGroupHasTheDatabaseTheInboxAndTheDisk() throws Exception {
		Files.createDirectories(properties.inbox());

		HealthDescriptor nightly = health.healthForPath("nightly");

		assertThat(nightly.getStatus()).isEqualTo(Status.UP);
		assertThat(((CompositeHealthDescriptor) nightly).getComponents()).containsOnlyKeys("db", "inbox", "diskSpace");
	}

	private double count(String name) {
		return meters.counter(name).count();
	}

}
