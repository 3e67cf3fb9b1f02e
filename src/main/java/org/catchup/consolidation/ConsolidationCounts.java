package org.catchup.consolidation;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The count of a consolidation over its whole inbox (table {@code consolidation_count}): every
 * partition adds the files of each chunk it stored, so the files of the night are numbered once,
 * one after the other, however many partitions store them and wherever they run.
 */
@Repository
public class ConsolidationCounts {

	/** The count after an addition, or as it stands. */
	public record Tally(int total, int done, long rows, int rejected) {
	}

	private final JdbcClient jdbc;

	/** Its own short transaction, also when called while a chunk's transaction is finishing. */
	private final TransactionTemplate own;

	ConsolidationCounts(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactionManager);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The run found {@code total} files to consolidate. */
	void begin(long jobExecutionId, int total) {
		own.executeWithoutResult(status -> jdbc.sql("""
				INSERT INTO consolidation_count (job_execution_id, files_total, files_done, rows_done, rejected)
				VALUES (:id, :total, 0, 0, 0)""").param("id", jobExecutionId).param("total", total).update());
	}

	/**
	 * Adds what a chunk stored and returns the count including it. The row stays locked from the
	 * update to the read, so two partitions adding at once never see the same numbers.
	 */
	Tally add(long jobExecutionId, int files, long rows, int rejected) {
		return own.execute(status -> {
			jdbc.sql("""
					UPDATE consolidation_count
					SET files_done = files_done + :files, rows_done = rows_done + :rows, rejected = rejected + :rejected
					WHERE job_execution_id = :id""")
				.param("files", files)
				.param("rows", rows)
				.param("rejected", rejected)
				.param("id", jobExecutionId)
				.update();
			return find(jobExecutionId).orElse(new Tally(files, files, rows, rejected));
		});
	}

	public Optional<Tally> find(long jobExecutionId) {
		return jdbc.sql("""
				SELECT files_total, files_done, rows_done, rejected FROM consolidation_count
				WHERE job_execution_id = :id""")
			.param("id", jobExecutionId)
			.query((rs, n) -> new Tally(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getInt(4)))
			.optional();
	}

}
