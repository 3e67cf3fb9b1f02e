package org.catchup.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.catchup.i18n.TestTexts;
import org.catchup.jobs.JobLaunches;
import org.catchup.support.FreshDataFolder;
import org.catchup.system.CatchUpProperties;
import org.catchup.warehouse.DataVersion;
import org.catchup.warehouse.FiguresQueries;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A bulletin reads all its figures from one snapshot of the warehouse: a consolidation that
 * commits while the bulletin is being rendered is in none of them, so the data version the
 * bulletin prints is the one its ranking was computed from. Subclasses choose the database.
 */
abstract class BulletinSnapshotScenario extends FreshDataFolder {

	private static final Path SEPTEMBER = Path.of("sample-input/submissions/1959-09");

	@MockitoSpyBean
	MonthlyFiguresService figures;

	@Autowired
	JobLaunches launches;

	@Autowired
	FiguresQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CatchUpProperties properties;

	@Test
	void aConsolidationCommittedWhileTheBulletinIsRenderedIsInNoneOfItsFigures() throws Exception {
		launches.start("reference-data", Map.of("file", "sample-input/reference-data.xlsx"));
		Files.createDirectories(properties.inbox());
		for (String enterprise : new String[] { "ABH", "FORT", "KLH", "OBS", "THAE" }) {
			deliver(enterprise);
		}
		assertThat(launches.start("consolidation", Map.of()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		DataVersion before = queries.dataVersion();

		// Niederröblingen's file is consolidated, and committed, just after the bulletin's first reads
		doAnswer(invocation -> {
			Object input = invocation.callRealMethod();
			deliver("NRB");
			BatchStatus night = CompletableFuture
				.supplyAsync(() -> consolidate())
				.get();
			assertThat(night).isEqualTo(BatchStatus.COMPLETED);
			return input;
		}).when(figures).bulletinFigures(any());

		assertThat(launches.start("bulletin", Map.of("month", "1959-09")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);

		assertThat(queries.dataVersion()).as("the late file is in").isNotEqualTo(before);
		// the combine-wide bulletin and every enterprise's were all read from that one snapshot
		assertThat(jdbc.sql("SELECT DISTINCT data_version FROM bulletin_log").query(String.class).single())
			.isEqualTo(BulletinTasklet.describe(before, TestTexts.english()));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM bulletin_log").query(Integer.class).single()).isGreaterThan(1);
	}

	private BatchStatus consolidate() {
		try {
			return launches.start("consolidation", Map.of()).getStatus();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void deliver(String enterprise) throws Exception {
		String name = enterprise + "-1959-09.xlsx";
		Files.copy(SEPTEMBER.resolve(name), properties.inbox().resolve(name));
	}

}
