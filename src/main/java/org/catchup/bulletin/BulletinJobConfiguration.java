package org.catchup.bulletin;

import org.springframework.context.MessageSource;
import org.catchup.i18n.Language;
import java.util.List;
import java.util.Arrays;
import java.time.YearMonth;

import org.catchup.bulletin.excel.ExcelBulletinWriter;
import org.catchup.bulletin.pdf.PdfBulletinRenderer;
import org.catchup.system.CatchUpProperties;
import org.catchup.warehouse.FiguresQueries;
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
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * The monthly {@code bulletin} job (SPEC §8): parameter {@code month} (e.g. 1959-09), optional
 * {@code scope} (a combine or enterprise code; default ALL: the combine-wide bulletin and one per
 * enterprise), optional {@code enterprises=false} to render only the combine-wide one, and
 * {@code locale}: the language, or languages, of the bulletins ({@code en}, {@code de}, {@code en,de}).
 */
@Configuration(proxyBeanMethods = false)
public class BulletinJobConfiguration {

	public static final String JOB_NAME = "bulletin";

	@Bean
	Job bulletinJob(JobRepository jobRepository, Step renderBulletin) {
		return new JobBuilder(JOB_NAME, jobRepository).start(renderBulletin).build();
	}

	@Bean
	Step renderBulletin(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			BulletinTasklet bulletinTasklet) {
		// One snapshot for every figure, the data version and the ranking: a consolidation that
		// commits while the bulletin is being rendered is in none of them or in all.
		DefaultTransactionAttribute oneSnapshot = new DefaultTransactionAttribute();
		oneSnapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		return new StepBuilder("renderBulletin", jobRepository).tasklet(bulletinTasklet, transactionManager)
			.transactionAttribute(oneSnapshot)
			.build();
	}

	@Bean
	@StepScope
	BulletinTasklet bulletinTasklet(@Value("#{jobParameters['month']}") String month,
			@Value("#{jobParameters['scope']}") String scope,
			@Value("#{jobParameters['enterprises']}") String enterprises,
			@Value("#{jobParameters['locale']}") String locale, FiguresQueries figuresQueries,
			MonthlyFiguresService monthlyFiguresService, BulletinLogRepository bulletinLogRepository,
			PdfBulletinRenderer pdfBulletinRenderer, CatchUpProperties properties, StrivingTitles strivingTitles,
			MessageSource messages) {
		if (month == null) {
			throw new IllegalArgumentException("The bulletin job needs the parameter month=YYYY-MM");
		}
		return new BulletinTasklet(YearMonth.parse(month), BulletinScope.of(scope), figuresQueries,
				monthlyFiguresService, bulletinLogRepository, pdfBulletinRenderer, new ExcelBulletinWriter(),
				properties, strivingTitles, !"false".equalsIgnoreCase(enterprises), languages(locale), messages);
	}

	/** {@code locale=de}, {@code locale=en,de}: checked before the run (JobParameterRules); English when absent. */
	static List<Language> languages(String locale) {
		if (locale == null || locale.isBlank()) {
			return List.of(Language.DEFAULT);
		}
		return Arrays.stream(locale.split(","))
			.map(code -> Language.of(code)
				.orElseThrow(() -> new IllegalArgumentException("The bulletin job cannot speak locale=" + locale)))
			.distinct()
			.toList();
	}

	/** One renderer for the application: it compiles the templates once and keeps them. */
	@Bean
	PdfBulletinRenderer pdfBulletinRenderer(CatchUpProperties properties) {
		return new PdfBulletinRenderer(properties.reportTemplates());
	}

}
