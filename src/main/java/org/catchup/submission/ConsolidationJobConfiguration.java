package org.catchup.submission;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;

import org.catchup.feedback.AnnotatedWorkbookWriter;
import org.catchup.system.CatchUpProperties;
import org.catchup.validation.ReferenceLookup;
import org.catchup.warehouse.FactLoader;
import org.catchup.warehouse.JdbcBatchFactLoader;
import org.catchup.warehouse.LoadDataFactLoader;
import org.catchup.warehouse.ReferenceDataRepository;
import org.catchup.warehouse.SubmissionRepository;
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
 * rejected. A few threads check the next files while writers store the checked ones, each
 * enterprise's files with one writer, several files per transaction (each file still all or
 * nothing); one bad file never stops the others. Parameter {@code inbox} overrides the
 * configured folder.
 */
@Configuration(proxyBeanMethods = false)
public class ConsolidationJobConfiguration {

	public static final String JOB_NAME = "consolidation";

	@Bean
	Job consolidationJob(JobRepository jobRepository, Step consolidateInbox, SubmissionRepository submissionRepository,
			SubmissionFiles submissionFiles) {
		return new JobBuilder(JOB_NAME, jobRepository)
			.listener(new UnfinishedFiling(submissionRepository, submissionFiles, Clock.systemDefaultZone()))
			.start(consolidateInbox)
			.build();
	}

	/**
	 * {@code catchup.consolidation-writers} writers, the partitions of this step, store side by
	 * side: while one waits on the database, the other works. They share the checked inbox.
	 */
	@Bean
	Step consolidateInbox(JobRepository jobRepository, Step consolidateFiles, CheckedInboxes checkedInboxes,
			@Value("${catchup.consolidation-writers:2}") int writers) {
		ConsolidationPartitions partitions = new ConsolidationPartitions(checkedInboxes);
		SimpleAsyncTaskExecutor workers = new SimpleAsyncTaskExecutor("consolidation-");
		workers.setConcurrencyLimit(writers);
		return new StepBuilder("consolidateInbox", jobRepository).partitioner("consolidateFiles", partitions)
			.step(consolidateFiles)
			.gridSize(writers)
			.taskExecutor(workers)
			.aggregator(partitions)
			.build();
	}

	/**
	 * One writer: {@code catchup.consolidation-files-per-transaction} files per chunk. A file at
	 * a time cost a commit, the job repository's updates, a fact statement and a team statement
	 * each (README, Performance); a failure rolls back at most that many, which the next run
	 * stores again.
	 */
	@Bean
	Step consolidateFiles(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CheckingInboxReader checkingInboxReader, ConsolidationWriter consolidationWriter,
			ConsolidationProgress consolidationProgress,
			@Value("${catchup.consolidation-files-per-transaction:20}") int filesPerTransaction) {
		// Read committed: a writer and an upload storing the same enterprise side by side must
		// not deadlock on InnoDB's gap locks in the submission table's indexes, and the team
		// table's INSERT … SELECT must read the fact table without locking its end
		// (SubmissionRepository).
		DefaultTransactionAttribute readCommitted = new DefaultTransactionAttribute();
		readCommitted.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		return new StepBuilder("consolidateFiles", jobRepository)
			.<CheckedSubmission, CheckedSubmission>chunk(filesPerTransaction)
			.transactionManager(transactionManager)
			.transactionAttribute(readCommitted)
			.reader(checkingInboxReader)
			.writer(consolidationWriter)
			.listener(consolidationProgress)
			.build();
	}

	@Bean
	CheckedInboxes checkedInboxes() {
		return new CheckedInboxes();
	}

	@Bean
	EnterpriseChanges enterpriseChanges() {
		return new EnterpriseChanges();
	}

	@Bean
	@StepScope
	ConsolidationProgress consolidationProgress(ConsolidationMetrics consolidationMetrics,
			ConsolidationProgressBoard consolidationProgressBoard,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return new ConsolidationProgress(consolidationMetrics, consolidationProgressBoard,
				stepExecution.getJobExecutionId());
	}

	/**
	 * {@code catchup.consolidation-threads} threads check files ahead of the writers: a file of a
	 * few hundred rows takes a few milliseconds to check, about what storing it takes.
	 */
	@Bean
	@StepScope
	CheckingInboxReader checkingInboxReader(@Value("#{jobParameters['inbox']}") String inbox,
			@Value("#{stepExecutionContext['worker']}") Integer worker, CatchUpProperties properties,
			ConsolidationProgress consolidationProgress, ReferenceDataRepository referenceDataRepository,
			SubmissionRepository submissionRepository, CheckedInboxes checkedInboxes,
			EnterpriseChanges enterpriseChanges, @Value("#{stepExecution}") StepExecution stepExecution,
			@Value("${catchup.consolidation-threads:2}") int threads,
			@Value("${catchup.consolidation-writers:2}") int writers,
			@Value("${catchup.consolidation-files-per-transaction:20}") int filesPerTransaction) {
		long jobExecutionId = stepExecution.getJobExecutionId();
		SubmissionChecker checker = new SubmissionChecker(new SubmissionCheck(properties.maxFileBytes()),
				submissionRepository, Clock.systemDefaultZone());
		return new CheckingInboxReader(checkedInboxes, jobExecutionId,
				inbox == null ? properties.inbox() : Path.of(inbox), files -> {
					// the reference data as it stands when the night begins: it only ever gains codes
					ReferenceLookup known = WarehouseReferenceLookup.load(referenceDataRepository);
					return new CheckedInbox(files, file -> checker.check(file, jobExecutionId, known, enterpriseChanges),
							threads, writers, threads * 2, filesPerTransaction);
				}, worker == null ? 0 : worker, consolidationProgress);
	}

	@Bean
	@StepScope
	ConsolidationWriter consolidationWriter(SubmissionConsolidator submissionConsolidator,
			SubmissionFiles submissionFiles, ConsolidationProgress consolidationProgress,
			@Value("#{stepExecution}") StepExecution stepExecution, SubmissionRepository submissionRepository,
			PlatformTransactionManager transactionManager, CrashPoints crashPoints, FactLoader factLoader,
			EnterpriseChanges enterpriseChanges) {
		// Outside the chunk's transaction, which has committed but still holds its connection: the
		// marks are one autocommitted statement on another connection (no BEGIN/COMMIT round trips).
		TransactionTemplate afterMove = new TransactionTemplate(transactionManager);
		afterMove.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
		return new ConsolidationWriter(submissionConsolidator, submissionFiles, consolidationProgress, stepExecution,
				submissionRepository, afterMove, crashPoints, factLoader, enterpriseChanges);
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
		return new SubmissionConsolidator(new SubmissionCheck(properties.maxFileBytes()), submissionRepository, referenceDataRepository, transactionManager,
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
