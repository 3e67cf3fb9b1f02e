package org.catchup.submission;

import java.nio.file.Path;
import java.time.Clock;

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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly {@code consolidation} job (SPEC §8): inbox → check → warehouse → archive or
 * rejected. One file per chunk, so each submission is its own transaction and one bad file
 * never stops the others. Parameter {@code inbox} overrides the configured folder.
 */
@Configuration(proxyBeanMethods = false)
public class ConsolidationJobConfiguration {

	public static final String JOB_NAME = "consolidation";

	@Bean
	Job consolidationJob(JobRepository jobRepository, Step consolidateInbox) {
		return new JobBuilder(JOB_NAME, jobRepository).start(consolidateInbox).build();
	}

	@Bean
	Step consolidateInbox(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			InboxReader inboxReader, ConsolidationWriter consolidationWriter,
			ConsolidationProgress consolidationProgress) {
		return new StepBuilder("consolidateInbox", jobRepository).<Path, Path>chunk(1)
			.transactionManager(transactionManager)
			.reader(inboxReader)
			.writer(consolidationWriter)
			.listener(consolidationProgress)
			.build();
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
			ConsolidationProgress consolidationProgress) {
		return new InboxReader(inbox == null ? properties.inbox() : Path.of(inbox), consolidationProgress);
	}

	@Bean
	@StepScope
	ConsolidationWriter consolidationWriter(SubmissionConsolidator submissionConsolidator,
			SubmissionFiles submissionFiles, ConsolidationProgress consolidationProgress,
			@Value("#{stepExecution}") StepExecution stepExecution, SubmissionRepository submissionRepository,
			PlatformTransactionManager transactionManager, CrashPoints crashPoints) {
		TransactionTemplate afterMove = new TransactionTemplate(transactionManager);
		afterMove.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return new ConsolidationWriter(submissionConsolidator, submissionFiles, consolidationProgress, stepExecution,
				submissionRepository, afterMove, crashPoints);
	}

	/** Does nothing unless a fault-injection test sets {@value CrashPoints#PROPERTY}. */
	@Bean
	CrashPoints crashPoints() {
		return CrashPoints.fromSystemProperty();
	}

	@Bean
	SubmissionConsolidator submissionConsolidator(SubmissionRepository submissionRepository,
			ReferenceDataRepository referenceDataRepository, PlatformTransactionManager transactionManager,
			CatchUpProperties properties, CrashPoints crashPoints) {
		SubmissionReader reader = new SubmissionReader(new AnyWorkbookReader(properties.maxFileBytes()));
		return new SubmissionConsolidator(reader, submissionRepository, referenceDataRepository, transactionManager,
				properties, Clock.systemDefaultZone(), crashPoints);
	}

	@Bean
	SubmissionFiles submissionFiles(CatchUpProperties properties, CrashPoints crashPoints) {
		return new SubmissionFiles(properties.archive(), properties.rejected(), new AnnotatedWorkbookWriter(),
				crashPoints);
	}

}
