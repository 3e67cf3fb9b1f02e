package org.catchup.bulletin;

import java.time.YearMonth;

import org.catchup.bulletin.excel.ExcelBulletinWriter;
import org.catchup.bulletin.pdf.PdfBulletinRenderer;
import org.catchup.i18n.Language;
import org.catchup.system.CatchUpProperties;
import org.catchup.warehouse.FiguresQueries;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
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
 *
 * <p>Two steps: {@code renderBulletin}, then {@code mailBulletins}, which mails the rendered
 * bulletins to their subscribers ({@code resend=true} mails again what an earlier run of the month
 * mailed). A mail that could not be sent stops the job for a restart, which mails what is still
 * unsent and never renders again; a failed rendering mails nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BulletinProperties.class)
public class BulletinJobConfiguration {

	public static final String JOB_NAME = "bulletin";

	/** The exit code of a mail step that left mails unsent: the job stops, to be restarted there. */
	public static final String UNSENT_MAIL = "COMPLETED WITH UNSENT MAIL";

	@Bean
	Job bulletinJob(JobRepository jobRepository, Step renderBulletin, Step mailBulletins) {
		return new JobBuilder(JOB_NAME, jobRepository).start(renderBulletin)
			.next(mailBulletins)
			.on(UNSENT_MAIL)
			.stopAndRestart(mailBulletins)
			.from(mailBulletins)
			.on("FAILED")
			.fail()
			.from(mailBulletins)
			.on("*")
			.end()
			.end()
			.build();
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
				properties, strivingTitles, !"false".equalsIgnoreCase(enterprises), Language.listOf(locale), messages);
	}

	/** One renderer for the application: it compiles the templates once and keeps them. */
	@Bean
	PdfBulletinRenderer pdfBulletinRenderer(CatchUpProperties properties, BulletinProperties bulletin) {
		return new PdfBulletinRenderer(properties.reportTemplates(), bulletin.pdfRowsPerSection());
	}

}
