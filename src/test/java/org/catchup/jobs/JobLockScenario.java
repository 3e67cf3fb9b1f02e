package org.catchup.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The job lock between two processes on one database: two lock clients, each with its own
 * connection pool, as two instances of the application would have. Subclasses choose the
 * database.
 */
abstract class JobLockScenario {

	private static final String JOB = "consolidation";

	private final List<HikariDataSource> pools = new ArrayList<>();

	private final List<JobLock> locks = new ArrayList<>();

	private JobLock first;

	private JobLock second;

	/** A JDBC URL of an empty database; called once per test. */
	abstract String freshDatabase();

	abstract String vendor();

	@BeforeEach
	void twoProcesses() {
		String url = freshDatabase();
		HikariDataSource migrating = pool(url);
		Flyway.configure()
			.dataSource(migrating)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor())
			.load()
			.migrate();
		first = lock(migrating, new JobLockProperties(Duration.ofMinutes(2), Duration.ofSeconds(20)));
		second = lock(pool(url), new JobLockProperties(Duration.ofMinutes(2), Duration.ofSeconds(20)));
	}

	@AfterEach
	void stop() {
		locks.forEach(JobLock::close);
		pools.forEach(HikariDataSource::close);
	}

	@Test
	void aSecondRunIsRefusedNamingSinceWhenWhereAndWhichExecution() {
		first.acquire(JOB);
		first.attach(JOB, 42);

		assertThatExceptionOfType(JobAlreadyRunningException.class).isThrownBy(() -> second.acquire(JOB))
			.withMessageMatching("consolidation is already running since \\d\\d:\\d\\d:\\d\\d on host .+ "
					+ "\\(execution 42\\); try again when it has finished .*");
	}

	@Test
	void aLockHeldByAProcessOfThisHostThatNoLongerExistsIsTakenOverAtOnce() {
		JobLease killed = first.acquire(JOB);
		long deadPid = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1) + 100_000;
		String deadOwner = killed.owner().replaceFirst(":\\d+/", ":" + deadPid + "/");
		JdbcClient.create(pools.get(0)).sql("UPDATE job_lock SET owner = ? WHERE job_name = ?").params(deadOwner, JOB).update();

		JobLease taken = second.acquire(JOB);

		assertThat(taken.owner()).isNotEqualTo(deadOwner);
		assertThat(second.holder(JOB)).get().extracting(LockHolder::owner).isEqualTo(taken.owner());
	}

	@Test
	void aLockHeldByALivingProcessIsNotTakenOverBeforeItExpires() {
		first.acquire(JOB);

		assertThatExceptionOfType(JobAlreadyRunningException.class).isThrownBy(() -> second.acquire(JOB));
	}

	@Test
	void theLockIsFreeAgainOnceTheRunHasEnded() {
		JobLease lease = first.acquire(JOB);
		lease.close();

		try (JobLease again = second.acquire(JOB)) {
			assertThat(second.holder(JOB)).get().extracting(LockHolder::owner).isEqualTo(again.owner());
		}
		assertThat(first.holder(JOB)).isEmpty();
	}

	@Test
	void otherJobsAreNotBlocked() {
		first.acquire(JOB);

		try (JobLease bulletin = second.acquire("bulletin")) {
			assertThat(bulletin.jobName()).isEqualTo("bulletin");
		}
	}

	@Test
	void aLockLeftByACrashedProcessIsTakenOverOnceItHasExpired() {
		leftBehind(Instant.now().minus(Duration.ofMinutes(5)), Instant.now().minusSeconds(1));

		try (JobLease lease = second.acquire(JOB)) {
			assertThat(second.holder(JOB)).get().extracting(LockHolder::owner).isEqualTo(lease.owner());
		}
	}

	@Test
	void aLockNotYetExpiredIsRespected() {
		leftBehind(Instant.now().minusSeconds(30), Instant.now().plusSeconds(90));

		assertThatExceptionOfType(JobAlreadyRunningException.class).isThrownBy(() -> second.acquire(JOB))
			.withMessageContaining("on host crashed-host (execution 7)");
	}

	@Test
	void aRunningJobKeepsItsLockBeyondTheTimeToLiveByRenewingIt() throws Exception {
		JobLock shortLived = lock(pools.get(0), new JobLockProperties(Duration.ofMillis(1500), Duration.ofMillis(200)));
		shortLived.acquire(JOB);

		Thread.sleep(3000);

		assertThatExceptionOfType(JobAlreadyRunningException.class).isThrownBy(() -> second.acquire(JOB));
	}

	@Test
	void twoProcessesStartingTheSameJobAtOnceNeverBothGetIt() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 25; round++) {
				if (round % 5 == 4) {
					// now and then the race is for a lock left behind by a crash
					leftBehind(Instant.now().minus(Duration.ofMinutes(5)), Instant.now().minusSeconds(1));
				}
				CyclicBarrier start = new CyclicBarrier(2);
				CyclicBarrier bothTried = new CyclicBarrier(2);
				Future<Boolean> a = threads.submit(() -> race(first, start, bothTried));
				Future<Boolean> b = threads.submit(() -> race(second, start, bothTried));

				assertThat(List.of(a.get(20, TimeUnit.SECONDS), b.get(20, TimeUnit.SECONDS)))
					.as("round %d: exactly one ran", round)
					.containsExactlyInAnyOrder(true, false);
				assertThat(first.holder(JOB)).isEmpty();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static boolean race(JobLock lock, CyclicBarrier start, CyclicBarrier bothTried) throws Exception {
		start.await(10, TimeUnit.SECONDS);
		JobLease lease = null;
		try {
			lease = lock.acquire(JOB);
		}
		catch (JobAlreadyRunningException refused) {
			// the other one runs
		}
		bothTried.await(10, TimeUnit.SECONDS);
		if (lease != null) {
			lease.close();
		}
		return lease != null;
	}

	private void leftBehind(Instant lockedAt, Instant expiresAt) {
		JdbcClient.create(pools.get(0))
			.sql("INSERT INTO job_lock (job_name, owner, host, execution_id, locked_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)")
			.params(JOB, "crashed-host:1/dead", "crashed-host", 7L, utc(lockedAt), utc(expiresAt))
			.update();
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private JobLock lock(HikariDataSource pool, JobLockProperties properties) {
		JobLock lock = new JobLock(pool, properties, Clock.systemDefaultZone());
		locks.add(lock);
		return lock;
	}

	private HikariDataSource pool(String url) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		pool.setUsername(url.startsWith("jdbc:h2:") ? "sa" : "root");
		pool.setPassword("");
		pool.setMaximumPoolSize(3);
		pools.add(pool);
		return pool;
	}

}
