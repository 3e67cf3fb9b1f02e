package org.catchup.assistance;

import java.nio.file.Path;

import org.catchup.spreadsheet.AnyWorkbookReader;
import org.catchup.system.CatchUpProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code assistance-register} job (SPEC §9): parameter {@code file} names the register
 * workbook; all of it is loaded in one transaction, or nothing.
 */
@Configuration(proxyBeanMethods = false)
public class AssistanceRegisterJobConfiguration {

	public static final String JOB_NAME = "assistance-register";

	@Bean
	Job assistanceRegisterJob(JobRepository jobRepository, Step loadAssistanceRegister) {
		return new JobBuilder(JOB_NAME, jobRepository).start(loadAssistanceRegister).build();
	}

	@Bean
	Step loadAssistanceRegister(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RegisterLoadTasklet registerLoadTasklet) {
		return new StepBuilder("loadAssistanceRegister", jobRepository)
			.tasklet(registerLoadTasklet, transactionManager)
			.build();
	}

	@Bean
	@StepScope
	RegisterLoadTasklet registerLoadTasklet(@Value("#{jobParameters['file']}") String file,
			CatchUpProperties properties, AssistanceRegister register, AssistanceService assistance) {
		if (file == null || file.isBlank()) {
			throw new IllegalArgumentException(
					"The assistance-register job needs the parameter file=<register workbook>");
		}
		return new RegisterLoadTasklet(Path.of(file), properties.rejected(),
				new RegisterWorkbookReader(new AnyWorkbookReader(properties.maxFileBytes())), register, assistance,
				"job:" + System.getProperty("user.name", "unknown"));
	}

}
