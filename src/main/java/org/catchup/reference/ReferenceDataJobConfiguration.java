package org.catchup.reference;

import java.nio.file.Path;

import org.catchup.warehouse.ReferenceDataRepository;
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

/** The {@code reference-data} job (SPEC §8): parameter {@code file} names the reference workbook. */
@Configuration(proxyBeanMethods = false)
public class ReferenceDataJobConfiguration {

	public static final String JOB_NAME = "reference-data";

	@Bean
	Job referenceDataJob(JobRepository jobRepository, Step loadReferenceData) {
		return new JobBuilder(JOB_NAME, jobRepository).start(loadReferenceData).build();
	}

	@Bean
	Step loadReferenceData(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReferenceDataTasklet referenceDataTasklet) {
		return new StepBuilder("loadReferenceData", jobRepository).tasklet(referenceDataTasklet, transactionManager)
			.build();
	}

	@Bean
	@StepScope
	ReferenceDataTasklet referenceDataTasklet(@Value("#{jobParameters['file']}") String file,
			ReferenceDataRepository referenceDataRepository, EnterprisesInUse enterprisesInUse) {
		if (file == null) {
			throw new IllegalArgumentException("The reference-data job needs the parameter file=<reference workbook>");
		}
		return new ReferenceDataTasklet(Path.of(file), referenceDataRepository, enterprisesInUse);
	}

}
