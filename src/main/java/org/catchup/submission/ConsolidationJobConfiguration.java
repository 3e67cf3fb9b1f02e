package org.catchup.submission;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import org.catchup.spreadsheet.AnyWorkbookReader;
import org.catchup.system.CatchUpProperties;
import org.catchup.warehouse.ReferenceDataRepository;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly {@code consolidation} job (SPEC §8): inbox → check → warehouse → archive or
 * rejected. One file per chunk, so each submission is its own transaction and one bad file
 * never stops the others; a partitioned step runs a few such workers side by side.
 * Parameter {@code inbox} overrides the configured folder.
 */
@Configuration(proxyBeanMethods = false)
public class ConsolidationJobConfiguration {

	public static final String JOB_NAME = "consolidation";

	@Bean
	Job consolidationJob(JobRepository jobRepository, Step consolidateInbox) {
		return new JobBuilder(JOB_NAME, jobRepository).start(consolidateInbox).build();
	}

	/**
	 * A few workers (catchup.consolidation-threads, default 1, see the README's Performance:
	 * parsing and loading already take
	 * two threads per file) share the inbox; each file is still its own chunk and transaction.
	 */
	@Bean
	Step consolidateInbox(JobRepository jobRepository, Step consolidateFiles, InboxQueues inboxQueues,
			@Value("${catchup.consolidation-threads:1}") int threads) {
		ConsolidationPartitions partitions = new ConsolidationPartitions(inboxQueues);
		SimpleAsyncTaskExecutor workers = new SimpleAsyncTaskExecutor("consolidation-");
		workers.setConcurrencyLimit(threads);
		return new StepBuilder("consolidateInbox", jobRepository).partitioner("consolidateFiles", partitions)
			.step(consolidateFiles)
			.gridSize(threads)
			.taskExecutor(workers)
			.aggregator(partitions)
			.build();
	}

	@Bean
	Step consolidateFiles(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			InboxReader inboxReader, ConsolidationWriter consolidationWriter,
			ConsolidationProgress consolidationProgress) {
		// Read committed: workers consolidating different enterprises side by side must not
		// deadlock on InnoDB's gap locks in the submission table's indexes, and the team table's
		// INSERT … SELECT must read the fact table without locking its end (SubmissionRepository).
		DefaultTransactionAttribute readCommitted = new DefaultTransactionAttribute();
		readCommitted.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		return new StepBuilder("consolidateFiles", jobRepository).<Path, Path>chunk(1)
			.transactionManager(transactionManager)
			.transactionAttribute(readCommitted)
			.reader(inboxReader)
			.writer(consolidationWriter)
			.listener(consolidationProgress)
			.build();
	}

	@Bean
	InboxQueues inboxQueues() {
		return new InboxQueues();
	}

	@Bean
	@StepScope
	ConsolidationProgress consolidationProgress(ConsolidationMetrics consolidationMetrics,
			ConsolidationProgressBoard consolidationProgressBoard,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return new ConsolidationProgress(consolidationMetrics, consolidationProgressBoard,
				stepExecution.getJobExecutionId());
	}

	@Bean
	@StepScope
	InboxReader inboxReader(@Value("#{jobParameters['inbox']}") String inbox, CatchUpProperties properties,
			ConsolidationProgress consolidationProgress, InboxQueues inboxQueues,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return new InboxReader(inboxQueues, stepExecution.getJobExecutionId(),
				inbox == null ? properties.inbox() : Path.of(inbox), consolidationProgress);
	}

	@Bean
	@StepScope
	ConsolidationWriter consolidationWriter(SubmissionConsolidator submissionConsolidator,
			SubmissionFiles submissionFiles, ConsolidationProgress consolidationProgress,
			@Value("#{stepExecution}") StepExecution stepExecution, SubmissionRepository submissionRepository,
			PlatformTransactionManager transactionManager, CrashPoints crashPoints,
			ReferenceDataRepository referenceDataRepository) {
		// Outside the chunk's transaction, which has committed but still holds its connection: the
		// mark is one autocommitted statement on another connection (no BEGIN/COMMIT round trips).
		TransactionTemplate afterMove = new TransactionTemplate(transactionManager);
		afterMove.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
		return new ConsolidationWriter(submissionConsolidator, submissionFiles, consolidationProgress, stepExecution,
				submissionRepository, afterMove, crashPoints, () -> WarehouseReferenceLookup.load(referenceDataRepository));
	}

	/** Does nothing unless a fault-injection test sets {@value CrashPoints#PROPERTY}. */
	@Bean
	CrashPoints crashPoints() {
		return CrashPoints.fromSystemProperty();
	}

	@Bean
	SubmissionConsolidator submissionConsolidator(SubmissionRepository submissionRepository,
			ReferenceDataRepository referenceDataRepository, PlatformTransactionManager transactionManager,
			CatchUpProperties properties, FactLoader factLoader, CrashPoints crashPoints) {
		SubmissionReader reader = new SubmissionReader(new AnyWorkbookReader(properties.maxFileBytes()));
		return new SubmissionConsolidator(reader, submissionRepository, referenceDataRepository, transactionManager,
				properties, Clock.systemDefaultZone(), factLoader, crashPoints);
	}

	/** LOAD DATA from a stream where the driver allows it (MySQL profile), else batched INSERTs. */
	@Bean
	FactLoader factLoader(DataSource dataSource, @Value("${catchup.fact-loader:auto}") String choice)
			throws SQLException {
		boolean loadData = switch (choice) {
			case "jdbc" -> false;
			case "load-data" -> true;
			default -> {
				try (Connection connection = dataSource.getConnection()) {
					yield LoadDataFactLoader.supports(connection);
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
