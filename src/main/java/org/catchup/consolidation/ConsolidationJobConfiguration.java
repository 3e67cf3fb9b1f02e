package org.catchup.consolidation;

import java.nio.file.Path;
import java.time.Clock;

import org.catchup.submission.WarehouseReferenceLookup;
import org.catchup.system.CatchUpProperties;
import org.catchup.validation.ReferenceLookup;
import org.catchup.warehouse.FactLoader;
import org.catchup.warehouse.ReferenceDataRepository;
import org.catchup.warehouse.SubmissionRepository;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly {@code consolidation} job (SPEC §8): inbox → check → warehouse → archive or
 * rejected, as a partitioned step. The manager step {@value #MANAGER_STEP} splits the inbox by
 * enterprise ({@link InboxPartitioner}); the partition handler runs the worker step
 * {@value #WORKER_STEP} once per partition, side by side; each partition reads its files
 * ({@link InboxFileReader}), checks them ({@link SubmissionChecker}, several files of a chunk at
 * once) and stores them ({@link ConsolidationWriter}), several files per transaction, each file
 * still all or nothing. One bad file never stops the others. Job parameter {@code inbox}
 * overrides the configured folder.
 */
@Configuration(proxyBeanMethods = false)
public class ConsolidationJobConfiguration {

	public static final String JOB_NAME = "consolidation";

	static final String MANAGER_STEP = "consolidateInbox";

	public static final String WORKER_STEP = "consolidateFiles";

	@Bean
	Job consolidationJob(JobRepository jobRepository, Step consolidateInbox, SubmissionRepository submissionRepository,
			SubmissionFiles submissionFiles) {
		return new JobBuilder(JOB_NAME, jobRepository)
			.listener(new UnfinishedFiling(submissionRepository, submissionFiles, Clock.systemDefaultZone()))
			.start(consolidateInbox)
			.build();
	}

	/** The manager: splits the inbox, hands the partitions to the handler, adds their counts up. */
	@Bean
	Step consolidateInbox(JobRepository jobRepository, InboxPartitioner inboxPartitioner,
			PartitionHandler consolidationPartitionHandler) {
		return new StepBuilder(MANAGER_STEP, jobRepository).partitioner(WORKER_STEP, inboxPartitioner)
			.partitionHandler(consolidationPartitionHandler)
			.aggregator(new PartitionCounts())
			.build();
	}

	/**
	 * Runs the partitions in this process, {@code catchup.consolidation-partitions} side by side:
	 * while one waits on the database, another checks. A handler that sends the partitions to
	 * other processes can take its place; the steps stay as they are.
	 */
	@Bean
	PartitionHandler consolidationPartitionHandler(Step consolidateFiles,
			@Value("${catchup.consolidation-partitions:2}") int partitions) {
		SimpleAsyncTaskExecutor workers = new SimpleAsyncTaskExecutor("consolidation-");
		workers.setConcurrencyLimit(partitions);
		TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
		handler.setStep(consolidateFiles);
		handler.setTaskExecutor(workers);
		handler.setGridSize(partitions);
		return handler;
	}

	/**
	 * One partition: {@code catchup.consolidation-files-per-transaction} files per chunk, checked
	 * side by side on the {@code catchup.consolidation-threads} threads of
	 * {@code consolidationChecks}, then stored in one transaction. A file at a time cost a commit,
	 * the job repository's updates, a fact statement and a team statement each (performance
	 * notes); a failure rolls back at most that many, which the next run stores again.
	 */
	@Bean
	Step consolidateFiles(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ItemStreamReader<Path> inboxFileReader, ItemProcessor<Path, CheckedSubmission> checkFile,
			ConsolidationWriter consolidationWriter, ConsolidationProgress consolidationProgress,
			@Qualifier("consolidationChecks") AsyncTaskExecutor consolidationChecks,
			@Value("${catchup.consolidation-files-per-transaction:20}") int filesPerTransaction) {
		// Read committed: a writer and an upload storing the same enterprise side by side must
		// not deadlock on InnoDB's gap locks in the submission table's indexes, and the team
		// table's INSERT … SELECT must read the fact table without locking its end
		// (SubmissionRepository).
		DefaultTransactionAttribute readCommitted = new DefaultTransactionAttribute();
		readCommitted.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		return new StepBuilder(WORKER_STEP, jobRepository).<Path, CheckedSubmission>chunk(filesPerTransaction)
			.transactionManager(transactionManager)
			.transactionAttribute(readCommitted)
			.reader(inboxFileReader)
			.processor(checkFile)
			.taskExecutor(consolidationChecks)
			.writer(consolidationWriter)
			.listener(consolidationProgress)
			.build();
	}

	@Bean
	@StepScope
	InboxPartitioner inboxPartitioner(@Value("#{jobParameters['inbox']}") String inbox, CatchUpProperties properties,
			SubmissionChecker submissionChecker, JobRepository jobRepository,
			ConsolidationProgress consolidationProgress, @Value("#{stepExecution}") StepExecution manager,
			@Qualifier("consolidationChecks") AsyncTaskExecutor consolidationChecks,
			@Value("${catchup.consolidation-files-per-transaction:20}") int filesPerTransaction) {
		Inbox folder = inbox(inbox, properties);
		return new InboxPartitioner(folder, submissionChecker::enterpriseOf,
				new EarlierSplit(jobRepository, manager, WORKER_STEP),
				files -> consolidationProgress.inboxHolds(folder.folder(), files), consolidationChecks,
				filesPerTransaction);
	}

	@Bean
	@StepScope
	ItemStreamReader<Path> inboxFileReader(@Value("#{jobParameters['inbox']}") String inbox,
			CatchUpProperties properties, @Value("#{stepExecution}") StepExecution partition) {
		return new InboxFileReader(inbox(inbox, properties), InboxPartitioner.files(partition.getExecutionContext()));
	}

	/** The check; the reference data as it stands when the partition begins: it only ever gains codes. */
	@Bean
	@StepScope
	ItemProcessor<Path, CheckedSubmission> checkFile(SubmissionChecker submissionChecker,
			ReferenceDataRepository referenceDataRepository, @Value("#{stepExecution}") StepExecution partition,
			TeamHistories teamHistories) {
		ReferenceLookup known = WarehouseReferenceLookup.load(referenceDataRepository);
		long jobExecutionId = partition.getJobExecutionId();
		return file -> submissionChecker.check(file, jobExecutionId, known, teamHistories);
	}

	/** The partition's team histories, read a transaction's worth of enterprises at a time. */
	@Bean
	@StepScope
	TeamHistories teamHistories(SubmissionRepository submissionRepository,
			@Value("#{stepExecution}") StepExecution partition,
			@Value("${catchup.consolidation-files-per-transaction:20}") int filesPerTransaction) {
		return new TeamHistories(submissionRepository,
				InboxPartitioner.enterprisesByArrival(partition.getExecutionContext()), filesPerTransaction);
	}

	@Bean
	@StepScope
	ConsolidationWriter consolidationWriter(SubmissionConsolidator submissionConsolidator,
			SubmissionFiles submissionFiles, ConsolidationProgress consolidationProgress,
			@Value("#{stepExecution}") StepExecution stepExecution, SubmissionRepository submissionRepository,
			PlatformTransactionManager transactionManager, CrashPoints crashPoints, FactLoader factLoader,
			TeamHistories teamHistories) {
		// Outside the chunk's transaction, which has committed but still holds its connection: the
		// marks are one autocommitted statement on another connection (no BEGIN/COMMIT round trips).
		TransactionTemplate afterMove = new TransactionTemplate(transactionManager);
		afterMove.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
		return new ConsolidationWriter(submissionConsolidator, submissionFiles, consolidationProgress, stepExecution,
				submissionRepository, afterMove, crashPoints, factLoader, teamHistories);
	}

	@Bean
	@StepScope
	ConsolidationProgress consolidationProgress(ConsolidationMetrics consolidationMetrics,
			ConsolidationProgressBoard consolidationProgressBoard, ConsolidationCounts consolidationCounts,
			@Value("#{stepExecution}") StepExecution stepExecution,
			@Value("${catchup.consolidation-rows-per-progress-line:100000}") long rowsPerLine) {
		return new ConsolidationProgress(consolidationMetrics, consolidationProgressBoard, consolidationCounts,
				stepExecution.getJobExecutionId(), rowsPerLine);
	}

	private static Inbox inbox(String parameter, CatchUpProperties properties) {
		return new Inbox(parameter == null ? properties.inbox() : Path.of(parameter));
	}

}
