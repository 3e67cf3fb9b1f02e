package org.catchup.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;

import org.catchup.jobs.JobLaunches;
import org.catchup.system.CatchUpProperties;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For Spring tests of nights on the sample data in a fresh data folder: the jobs, the warehouse
 * and the folders, the sample reference data loaded.
 */
public abstract class SampleDataNight extends FreshDataFolder {

	@Autowired
	protected JobLaunches launches;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected CatchUpProperties properties;

	/** Loads {@code sample-input/reference-data.xlsx} and makes the inbox. */
	protected void sampleReferenceDataLoaded() throws Exception {
		assertThat(launches.start("reference-data", Map.of("file", "sample-input/reference-data.xlsx")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		Files.createDirectories(properties.inbox());
	}

	/** Runs the consolidation job, which must complete. */
	protected void nightCompletes() throws Exception {
		assertThat(launches.start("consolidation", Map.of()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

}
