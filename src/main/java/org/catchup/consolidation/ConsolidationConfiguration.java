package org.catchup.consolidation;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;

import org.catchup.feedback.AnnotatedWorkbookWriter;
import org.catchup.submission.SubmissionCheck;
import org.catchup.system.CatchUpProperties;
import org.catchup.warehouse.FactLoader;
import org.catchup.warehouse.JdbcBatchFactLoader;
import org.catchup.warehouse.LoadDataFactLoader;
import org.catchup.warehouse.ReferenceDataRepository;
import org.catchup.warehouse.SubmissionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/** What the consolidation job's steps work with: the check, the store, the files, the crash points. */
@Configuration(proxyBeanMethods = false)
class ConsolidationConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ConsolidationConfiguration.class);

	@Bean
	SubmissionChecker submissionChecker(CatchUpProperties properties, SubmissionRepository submissionRepository) {
		return new SubmissionChecker(new SubmissionCheck(properties.maxFileBytes()), submissionRepository,
				Clock.systemDefaultZone());
	}

	/**
	 * {@code catchup.consolidation-threads} threads check the files of a chunk side by side, for
	 * all partitions: a file of a few hundred rows takes a few milliseconds to check, about what
	 * storing it takes.
	 */
	@Bean
	ThreadPoolTaskExecutor consolidationChecks(@Value("${catchup.consolidation-threads:2}") int threads) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("consolidation-check-");
		executor.setDaemon(true);
		return executor;
	}

	@Bean
	SubmissionConsolidator submissionConsolidator(SubmissionChecker submissionChecker,
			SubmissionRepository submissionRepository, ReferenceDataRepository referenceDataRepository,
			PlatformTransactionManager transactionManager, CatchUpProperties properties, FactLoader factLoader,
			CrashPoints crashPoints) {
		return new SubmissionConsolidator(submissionChecker, submissionRepository, referenceDataRepository,
				transactionManager, properties, factLoader, crashPoints);
	}

	/** Does nothing unless a fault-injection test sets {@value CrashPoints#PROPERTY}. */
	@Bean
	CrashPoints crashPoints() {
		return CrashPoints.fromSystemProperty();
	}

	/**
	 * LOAD DATA from a stream where the driver allows it (MySQL profile) and the server accepts it,
	 * else batched INSERTs.
	 */
	@Bean
	FactLoader factLoader(DataSource dataSource, @Value("${catchup.fact-loader:auto}") String choice)
			throws SQLException {
		boolean loadData = switch (choice) {
			case "jdbc" -> false;
			case "load-data" -> true;
			default -> {
				try (Connection connection = dataSource.getConnection()) {
					boolean supported = LoadDataFactLoader.supports(connection);
					if (supported && !LoadDataFactLoader.serverAcceptsLocalInfile(connection)) {
						supported = false;
						log.warn("The database server refuses LOAD DATA LOCAL (local_infile is OFF): facts are "
								+ "loaded by batched INSERTs, several times slower. Turn it on with "
								+ "SET GLOBAL local_infile = ON (and local_infile=ON in the server's configuration).");
					}
					yield supported;
				}
			}
		};
		return loadData ? new LoadDataFactLoader(dataSource) : new JdbcBatchFactLoader(dataSource);
	}

	@Bean
	SubmissionFiles submissionFiles(CatchUpProperties properties, CrashPoints crashPoints) {
		return new SubmissionFiles(properties.archive(), properties.rejected(), new AnnotatedWorkbookWriter(),
				crashPoints);
	}

}
