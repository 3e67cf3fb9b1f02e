package org.catchup.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Loads facts with batched INSERTs: the portable way, used on H2. The batches are executed on
 * the loader thread, on the transaction's connection, while the next rows are being parsed.
 */
public class JdbcBatchFactLoader implements FactLoader {

	static final int BATCH = 1000;

	private final DataSource dataSource;

	public JdbcBatchFactLoader(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public FactLoad begin(String enterpriseCode, YearMonth period, LongSupplier submissionId) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		return new Load(connection, submissionId, enterpriseCode, period);
	}

	@Override
	public long insertAll(List<HeldFacts> submissions) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		long count = 0;
		try (PreparedStatement ps = connection.prepareStatement(SubmissionRepository.INSERT_FACT)) {
			for (HeldFacts held : submissions) {
				String period = held.period().toString();
				for (FactLine line : held.lines()) {
					SubmissionRepository.bindFact(ps, held.submissionId(), held.enterpriseCode(), period, line);
					ps.addBatch();
					if (++count % BATCH == 0) {
						ps.executeBatch();
					}
				}
			}
			if (count % BATCH != 0) {
				ps.executeBatch();
			}
			return count;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Inserting facts failed: " + ex.getMessage(), ex);
		}
	}

	private static final class Load implements FactLoad {

		private final LoaderThread<List<FactLine>> loader;

		private List<FactLine> batch = new ArrayList<>(BATCH);

		/** Asked on the caller's thread just before the load starts, which reads it. */
		private long submissionId;

		Load(Connection connection, LongSupplier askSubmissionId, String enterprise, YearMonth month) {
			String period = month.toString();
			this.loader = new LoaderThread<>("fact-insert", 4, () -> submissionId = askSubmissionId.getAsLong(), () -> {
				long count = 0;
				try (PreparedStatement ps = connection.prepareStatement(SubmissionRepository.INSERT_FACT)) {
					for (List<FactLine> lines = take(); lines != null; lines = take()) {
						for (FactLine line : lines) {
							SubmissionRepository.bindFact(ps, submissionId, enterprise, period, line);
							ps.addBatch();
						}
						ps.executeBatch();
						count += lines.size();
					}
				}
				return count;
			});
		}

		private List<FactLine> take() throws InterruptedException {
			return loader.take();
		}

		@Override
		public void add(FactLine line) {
			batch.add(line);
			if (batch.size() == BATCH) {
				loader.put(batch);
				batch = new ArrayList<>(BATCH);
			}
		}

		@Override
		public long finish() {
			List<FactLine> last = batch.isEmpty() ? null : batch;
			batch = new ArrayList<>(0);
			return loader.finish(last);
		}

		@Override
		public void abort() {
			loader.abort();
		}

	}

}
