package org.catchup.mail;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The step that mails a rendered month's bulletins to their subscribers, the bulletin job's second
 * step (it reads the job's parameters {@code month}, {@code scope}, {@code enterprises} and
 * {@code resend}). It runs again on every restart of its job, and mails only what is still due.
 *
 * <p>Retries are the mail's own ({@link MailDispatch}), not the step's fault tolerance: each
 * recipient's tries, count and reason are recorded with the mail, and a retried chunk never
 * writes an item that was sent already.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class BulletinMailConfiguration {

	static final String STEP_NAME = "mailBulletins";

	@Bean
	Step mailBulletins(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PlannedMails plannedMails, MailWriter mailWriter) {
		return new StepBuilder(STEP_NAME, jobRepository).<PlannedMail, PlannedMail>chunk(1)
			.transactionManager(transactionManager)
			.reader(plannedMails)
			.writer(mailWriter)
			.listener(plannedMails)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	@StepScope
	PlannedMails plannedMails(@Value("#{stepExecution}") StepExecution stepExecution, MailPlanner planner,
			MailDeliveries deliveries, SmtpServer smtp) {
		return new PlannedMails(run(stepExecution), planner, deliveries, smtp);
	}

	@Bean
	@StepScope
	MailWriter mailWriter(@Value("#{stepExecution}") StepExecution stepExecution, SmtpServer smtp,
			BulletinMessages messages, MailSettings settings, MailDeliveries deliveries) {
		MailDispatch dispatch = smtp.configured() ? new MailDispatch(smtp.sender(), messages, settings) : null;
		return new MailWriter(run(stepExecution), stepExecution.getJobExecutionId(), dispatch, deliveries);
	}

	private static BulletinRun run(StepExecution stepExecution) {
		var parameters = stepExecution.getJobParameters();
		return BulletinRun.of(parameters.getString("month"), parameters.getString("scope"),
				parameters.getString("enterprises"), parameters.getString("resend"),
				stepExecution.getJobExecution().getJobInstance().getInstanceId());
	}

}
