package org.catchup.consolidation.remote;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The running workers and the partitions they took (tables {@code consolidation_worker} and
 * {@code consolidation_partition_claim}). Every time is the database's, so the clocks of the
 * manager's and the workers' machines need not agree. Each statement commits on its own.
 */
public class WorkerRegistry {

	private final JdbcClient jdbc;

	public WorkerRegistry(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/**
	 * A partition taken by a worker that has stopped answering.
	 * @param host null when the worker's row is gone (it stopped and said so)
	 * @param heardAt when it was last heard of (the database's clock), null as host
	 */
	public record SilentClaim(long stepExecutionId, String workerId, String host, Long pid, LocalDateTime heardAt) {
	}

	/**
	 * A worker that starts serving the queue, {@code partitions} at a time; rows of workers silent
	 * for a day are cleared.
	 */
	public void register(WorkerIdentity worker, String queue, int partitions) {
		jdbc.sql("DELETE FROM consolidation_worker WHERE heard_at < TIMESTAMPADD(DAY, -1, LOCALTIMESTAMP(6))").update();
		jdbc.sql("""
				INSERT INTO consolidation_worker (worker_id, host, pid, queue_name, partitions, started_at, heard_at)
				VALUES (?, ?, ?, ?, ?, LOCALTIMESTAMP(6), LOCALTIMESTAMP(6))""")
			.params(worker.id(), worker.host(), worker.pid(), queue, partitions)
			.update();
	}

	/** The worker is alive; false when its row is gone (it was taken for dead and cleared). */
	public boolean heartbeat(WorkerIdentity worker) {
		return jdbc.sql("UPDATE consolidation_worker SET heard_at = LOCALTIMESTAMP(6) WHERE worker_id = ?")
			.param(worker.id())
			.update() == 1;
	}

	public void unregister(WorkerIdentity worker) {
		jdbc.sql("DELETE FROM consolidation_worker WHERE worker_id = ?").param(worker.id()).update();
	}

	/**
	 * Takes a partition for a worker; false when another took it first (the broker may hand a
	 * request out again when the connection that first received it broke).
	 */
	public boolean claim(long stepExecutionId, long jobExecutionId, WorkerIdentity worker) {
		try {
			return jdbc.sql("""
					INSERT INTO consolidation_partition_claim (step_execution_id, job_execution_id, worker_id, claimed_at)
					VALUES (?, ?, ?, LOCALTIMESTAMP(6))""")
				.params(stepExecutionId, jobExecutionId, worker.id())
				.update() == 1;
		}
		catch (DuplicateKeyException taken) {
			return false;
		}
	}

	/** The partitions of a run whose workers have not been heard of for {@code silence}, or are gone. */
	public List<SilentClaim> silentClaims(long jobExecutionId, Duration silence) {
		return jdbc.sql("""
				SELECT c.step_execution_id, c.worker_id, w.host, w.pid, w.heard_at
				FROM consolidation_partition_claim c
				LEFT JOIN consolidation_worker w ON w.worker_id = c.worker_id
				WHERE c.job_execution_id = ?
				  AND (w.worker_id IS NULL OR w.heard_at < TIMESTAMPADD(MICROSECOND, ?, LOCALTIMESTAMP(6)))
				ORDER BY c.step_execution_id""")
			.params(jobExecutionId, -silence.toNanos() / 1000)
			.query((rs, n) -> new SilentClaim(rs.getLong("step_execution_id"), rs.getString("worker_id"),
					rs.getString("host"), rs.getObject("pid") == null ? null : rs.getLong("pid"),
					rs.getObject("heard_at", LocalDateTime.class)))
			.list();
	}

	/** The step executions of a run that some worker took. */
	public List<Long> claimed(long jobExecutionId) {
		return jdbc.sql("SELECT step_execution_id FROM consolidation_partition_claim WHERE job_execution_id = ?")
			.param(jobExecutionId)
			.query(Long.class)
			.list();
	}

	/** How many partitions the workers serving the queue and heard of within {@code silence} run at once. */
	public int livePartitionSlots(String queue, Duration silence) {
		return jdbc.sql("""
				SELECT COALESCE(SUM(partitions), 0) FROM consolidation_worker
				WHERE queue_name = ? AND heard_at >= TIMESTAMPADD(MICROSECOND, ?, LOCALTIMESTAMP(6))""")
			.params(queue, -silence.toNanos() / 1000)
			.query(Integer.class)
			.single();
	}

	/** How many workers serving the queue were heard of within {@code silence}. */
	public int liveWorkers(String queue, Duration silence) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM consolidation_worker
				WHERE queue_name = ? AND heard_at >= TIMESTAMPADD(MICROSECOND, ?, LOCALTIMESTAMP(6))""")
			.params(queue, -silence.toNanos() / 1000)
			.query(Integer.class)
			.single();
	}

}
