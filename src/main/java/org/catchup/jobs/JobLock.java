package org.catchup.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One running execution per job across every process on the database: a row in
 * {@code job_lock}, taken with a plain INSERT (the primary key refuses a second) or by taking
 * over a row whose holder stopped renewing it. Each statement commits on its own, so the
 * database decides who wins; the SQL is the same on H2 (MySQL mode), MySQL and MariaDB.
 *
 * <p>While a lease is held, a daemon thread renews it every heartbeat; a process that dies
 * stops renewing and its lock becomes free after the time to live.
 */
public class JobLock implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(JobLock.class);

	private final JdbcClient jdbc;

	private final JobLockProperties properties;

	private final Clock clock;

	private final String host;

	private final String process;

	private final Map<String, JobLease> held = new ConcurrentHashMap<>();

	/** Owners this client released while the database could not be reached: their rows are orphans. */
	private final Set<String> unreleased = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "catchup-job-lock");
		thread.setDaemon(true);
		return thread;
	});

	public JobLock(DataSource dataSource, JobLockProperties properties, Clock clock) {
		this.jdbc = JdbcClient.create(dataSource);
		this.properties = properties;
		this.clock = clock;
		this.host = hostName();
		this.process = host + ":" + ProcessHandle.current().pid();
	}

	/**
	 * Takes the job's lock for this caller.
	 * @throws JobAlreadyRunningException when another lease holds it and has not expired
	 */
	public JobLease acquire(String jobName) {
		String owner = process + "/" + UUID.randomUUID().toString().substring(0, 8);
		for (int attempt = 0; attempt < 10; attempt++) {
			Instant now = clock.instant();
			if (insert(jobName, owner, now) || takeOverExpired(jobName, owner, now)
					|| takeOverOrphaned(jobName, owner, now)) {
				return held(jobName, owner);
			}
			Optional<LockHolder> holder = holder(jobName);
			if (holder.isPresent()) {
				throw new JobAlreadyRunningException(holder.get(), now, clock.getZone());
			}
			// released between our INSERT and our look, or lost a deadlock: try again shortly
			pause(attempt);
		}
		throw new IllegalStateException("Could not take or read the lock of " + jobName + "; try again");
	}

	/** The current holder of a job's lock, if any (expired or not). */
	public Optional<LockHolder> holder(String jobName) {
		return jdbc.sql("""
				SELECT job_name, owner, host, execution_id, locked_at, expires_at FROM job_lock WHERE job_name = ?""")
			.param(jobName)
			.query((rs, n) -> new LockHolder(rs.getString("job_name"), rs.getString("owner"), rs.getString("host"),
					rs.getObject("execution_id") == null ? null : rs.getLong("execution_id"),
					instant(rs.getObject("locked_at", LocalDateTime.class)),
					instant(rs.getObject("expires_at", LocalDateTime.class))))
			.optional();
	}

	/**
	 * The job's holder while it still renews its lease, so its process is alive; empty when the
	 * lock is free or its holder stopped renewing it (its process is gone).
	 */
	public Optional<LockHolder> liveHolder(String jobName) {
		Instant now = clock.instant();
		return holder(jobName).filter(h -> h.expiresAt().isAfter(now));
	}

	/** When the holder last renewed its lease: each renewal sets the expiry one time to live ahead. */
	public Instant lastHeartbeat(LockHolder holder) {
		return holder.expiresAt().minus(properties.ttl());
	}

	/** Notes the execution running under this process's lease of the job, for the refusal message. */
	void attach(String jobName, long executionId) {
		JobLease lease = held.get(jobName);
		if (lease != null && lease.executionId() == null) {
			lease.executionId(executionId);
			jdbc.sql("UPDATE job_lock SET execution_id = ? WHERE job_name = ? AND owner = ?")
				.params(executionId, jobName, lease.owner())
				.update();
		}
	}

	/** The execution has ended: release the lease it ran under (if this process holds it). */
	void finished(String jobName, long executionId) {
		JobLease lease = held.get(jobName);
		if (lease != null && Long.valueOf(executionId).equals(lease.executionId())) {
			release(lease);
		}
	}

	void release(JobLease lease) {
		if (lease.markReleased()) {
			held.remove(lease.jobName(), lease);
			try {
				jdbc.sql("DELETE FROM job_lock WHERE job_name = ? AND owner = ?")
					.params(lease.jobName(), lease.owner())
					.update();
			}
			catch (RuntimeException ex) {
				unreleased.add(lease.owner());
				throw ex;
			}
		}
	}

	private JobLease held(String jobName, String owner) {
		JobLease lease = new JobLease(this, jobName, owner);
		held.put(jobName, lease);
		long every = properties.heartbeat().toMillis();
		lease.renewal(renewals.scheduleAtFixedRate(() -> renew(lease), every, every, TimeUnit.MILLISECONDS));
		return lease;
	}

	private boolean insert(String jobName, String owner, Instant now) {
		try {
			return jdbc.sql("""
					INSERT INTO job_lock (job_name, owner, host, execution_id, locked_at, expires_at)
					VALUES (?, ?, ?, NULL, ?, ?)""")
				.params(jobName, owner, host, utc(now), utc(now.plus(properties.ttl())))
				.update() == 1;
		}
		catch (DuplicateKeyException taken) {
			return false;
		}
		catch (PessimisticLockingFailureException raced) {
			// InnoDB may pick a duplicate INSERT racing a release as a deadlock victim: a lost race.
			return false;
		}
	}

	// The WHERE re-checks the expiry under the row lock, so of two processes only one takes it over.
	private boolean takeOverExpired(String jobName, String owner, Instant now) {
		Optional<LockHolder> stale = holder(jobName).filter(h -> h.expiresAt().isBefore(now));
		boolean taken = updateRaced("""
				UPDATE job_lock SET owner = ?, host = ?, execution_id = NULL, locked_at = ?, expires_at = ?
				WHERE job_name = ? AND expires_at < ?""", owner, host, utc(now), utc(now.plus(properties.ttl())), jobName,
				utc(now));
		if (taken) {
			stale.ifPresent(h -> log.warn("Took over the lock of {} left by {} (execution {}), which stopped renewing it at {}",
					jobName, h.host(), h.executionId(), h.expiresAt()));
		}
		return taken;
	}

	/**
	 * A lock need not wait out its time to live when its holder is known to be gone: a process
	 * of this host that no longer exists (killed), or a lease of this client whose release could
	 * not reach the database. The UPDATE compares the owner, so only one caller wins.
	 */
	private boolean takeOverOrphaned(String jobName, String owner, Instant now) {
		Optional<LockHolder> orphaned = holder(jobName).filter(this::isOrphaned);
		if (orphaned.isEmpty()) {
			return false;
		}
		boolean taken = updateRaced("""
				UPDATE job_lock SET owner = ?, host = ?, execution_id = NULL, locked_at = ?, expires_at = ?
				WHERE job_name = ? AND owner = ?""", owner, host, utc(now), utc(now.plus(properties.ttl())), jobName,
				orphaned.get().owner());
		if (taken) {
			log.warn("Took over the lock of {} left by {} (execution {}), whose process is gone", jobName,
					orphaned.get().owner(), orphaned.get().executionId());
		}
		return taken;
	}

	/** A conditional take-over; a deadlock with a racing caller counts as losing the race. */
	private boolean updateRaced(String sql, Object... params) {
		try {
			return jdbc.sql(sql).params(params).update() == 1;
		}
		catch (PessimisticLockingFailureException raced) {
			return false;
		}
	}

	private boolean isOrphaned(LockHolder holder) {
		String prefix = host + ":";
		int slash = holder.owner().indexOf('/');
		if (!host.equals(holder.host()) || !holder.owner().startsWith(prefix) || slash <= prefix.length()) {
			return false;
		}
		String pid = holder.owner().substring(prefix.length(), slash);
		if (!pid.chars().allMatch(Character::isDigit)) {
			return false;
		}
		if (Long.parseLong(pid) == ProcessHandle.current().pid()) {
			return unreleased.contains(holder.owner());
		}
		return ProcessHandle.of(Long.parseLong(pid)).isEmpty();
	}

	private void renew(JobLease lease) {
		try {
			Instant now = clock.instant();
			int renewed = jdbc.sql("UPDATE job_lock SET expires_at = ? WHERE job_name = ? AND owner = ?")
				.params(utc(now.plus(properties.ttl())), lease.jobName(), lease.owner())
				.update();
			if (renewed == 0) {
				log.error("The lock of {} was lost (not renewed in time, taken over by another process); "
						+ "this run is no longer exclusive", lease.jobName());
			}
		}
		catch (RuntimeException ex) {
			// A database hiccup: the next heartbeat tries again, well before the lock expires.
			log.warn("Could not renew the lock of {}: {}", lease.jobName(), ex.getMessage());
		}
	}

	@Override
	public void close() {
		renewals.shutdownNow();
		held.values().forEach(this::release);
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(10L * (attempt + 1));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while taking a job lock", ex);
		}
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(LocalDateTime utc) {
		return utc.toInstant(ZoneOffset.UTC);
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return System.getenv().getOrDefault("HOSTNAME", "unknown-host");
		}
	}

}
