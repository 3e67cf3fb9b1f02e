package org.catchup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.catchup.consolidation.ConsolidationOutcome;
import org.catchup.consolidation.SubmissionConsolidator;
import org.catchup.reliability.Workbooks.Line;
import org.catchup.support.SampleDataNight;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many uploads of the same (enterprise, period) at once, through the service the consolidation
 * job and the upload page share ({@link SubmissionConsolidator#consolidate} in a transaction of
 * its own, as each chunk runs it): consecutive versions, one current, every version in history,
 * no deadlock; and a load held open for one enterprise does not hold up another. The HTTP
 * variant is ConcurrentUploadsThroughTheApiTests. Subclasses choose the database.
 */
abstract class ConcurrentSubmissionsScenario extends SampleDataNight {

	private static final int UPLOADS = 24;

	private static final LocalDateTime RECEIVED = LocalDateTime.of(1959, 10, 3, 9, 0);

	/** Where the uploads are written, in the class's own data folder. */
	private Path uploads() {
		return dataDir.resolve("uploads");
	}

	@Autowired
	SubmissionConsolidator consolidator;

	@Autowired
	PlatformTransactionManager transactionManager;

	@BeforeEach
	void referenceData() throws Exception {
		if (jdbc.sql("SELECT COUNT(*) FROM enterprise").query(Integer.class).single() == 0) {
			sampleReferenceDataLoaded();
		}
	}

	@Test
	void parallelUploadsOfOneMonthGetConsecutiveVersionsAndOneCurrent() throws Exception {
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < UPLOADS; i++) {
			files.add(upload("OBS", "1959-09", i));
		}
		ExecutorService pool = Executors.newFixedThreadPool(UPLOADS);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<ConsolidationOutcome>> results = new ArrayList<>();
		try {
			for (Path file : files) {
				results.add(pool.submit(() -> {
					start.await();
					return inOwnTransaction(file);
				}));
			}
			start.countDown();
			List<Integer> versions = new ArrayList<>();
			for (Future<ConsolidationOutcome> result : results) {
				ConsolidationOutcome outcome = result.get(120, TimeUnit.SECONDS);
				assertThat(outcome.result()).isEqualTo(ConsolidationOutcome.Result.LOADED);
				versions.add(outcome.version());
			}
			assertThat(versions).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, UPLOADS).boxed().toList());
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(jdbc.sql("""
				SELECT version FROM submission WHERE enterprise_code = 'OBS' AND period = '1959-09' ORDER BY version""")
			.query(Integer.class)
			.list()).containsExactlyElementsOf(IntStream.rangeClosed(1, UPLOADS).boxed().toList());
		assertThat(jdbc.sql("""
				SELECT version FROM submission WHERE enterprise_code = 'OBS' AND period = '1959-09' AND status = 'CURRENT'""")
			.query(Integer.class)
			.list()).containsExactly(UPLOADS);
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM fact f JOIN submission s ON s.id = f.submission_id
				WHERE s.enterprise_code = 'OBS' AND s.period = '1959-09'""").query(Integer.class).single())
			.as("every version keeps its rows").isEqualTo(UPLOADS * 3);
		// Each later version saw the one before it, committed by another thread: the warning names it.
		for (int v = 2; v <= UPLOADS; v++) {
			assertThat(jdbc.sql("""
					SELECT p.message FROM submission_problem p JOIN submission s ON s.id = p.submission_id
					WHERE s.enterprise_code = 'OBS' AND s.period = '1959-09' AND s.version = :v AND p.code = 'RESUBMISSION'""")
				.param("v", v)
				.query(String.class)
				.single()).startsWith("This replaces version " + (v - 1) + " ");
		}
	}

	@Test
	void aLoadHeldOpenForOneEnterpriseDoesNotHoldUpAnother() throws Exception {
		Path held = upload("NRB", "1959-08", 0);
		Path sameMonth = upload("NRB", "1959-08", 1);
		Path other = upload("FORT", "1959-08", 0);
		CountDownLatch loaded = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			Future<ConsolidationOutcome> holder = pool.submit(() -> transaction().execute(status -> {
				ConsolidationOutcome outcome = consolidator.consolidate(held, null);
				loaded.countDown();
				await(release);
				return outcome;
			}));
			assertThat(loaded.await(60, TimeUnit.SECONDS)).isTrue();

			Future<ConsolidationOutcome> waiting = pool.submit(() -> inOwnTransaction(sameMonth));
			ConsolidationOutcome otherEnterprise = pool.submit(() -> inOwnTransaction(other)).get(20, TimeUnit.SECONDS);
			assertThat(otherEnterprise.version()).isEqualTo(1);
			Thread.sleep(1500);
			assertThat(waiting.isDone()).as("the same month waits for the open load").isFalse();

			release.countDown();
			assertThat(holder.get(60, TimeUnit.SECONDS).version()).isEqualTo(1);
			assertThat(waiting.get(60, TimeUnit.SECONDS).version()).isEqualTo(2);
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
	}

	private ConsolidationOutcome inOwnTransaction(Path file) {
		return transaction().execute(status -> consolidator.consolidate(file, null));
	}

	private TransactionTemplate transaction() {
		return new TransactionTemplate(transactionManager);
	}

	/** A distinct workbook (its actuals depend on {@code n}) for the enterprise and month. */
	private Path upload(String enterprise, String period, int n) throws Exception {
		String indicator = "CU";
		List<Line> lines = List.of(Line.of(enterprise + "-C1", "Team 1", indicator, 100, 90 + n),
				Line.of(enterprise + "-C2", "Team 2", indicator, 100, 95 + n),
				Line.of(enterprise + "-C3", "Team 3", indicator, 100, 99 + n));
		Path file = Workbooks.write(Workbooks.submission(enterprise, period, lines),
				uploads().resolve(enterprise + "-" + period + "-" + n + ".xlsx"));
		Files.setLastModifiedTime(file, FileTime.from(RECEIVED.atZone(ZoneId.systemDefault()).toInstant()));
		return file;
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
