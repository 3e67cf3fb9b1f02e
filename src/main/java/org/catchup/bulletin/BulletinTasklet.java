package org.catchup.bulletin;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.catchup.bulletin.excel.ExcelBulletinWriter;
import org.catchup.bulletin.pdf.PdfBulletinRenderer;
import org.catchup.figures.Enterprise;
import org.catchup.figures.Headline;
import org.catchup.figures.MonthlyFigures;
import org.catchup.i18n.Language;
import org.catchup.i18n.Texts;
import org.catchup.system.CatchUpProperties;
import org.catchup.warehouse.DataVersion;
import org.catchup.warehouse.FiguresQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.MessageSource;

/**
 * Renders one month's bulletins: figures from the warehouse, then the PDF and the Excel
 * workbook, each written under a temporary name and renamed into place, then logged. Scope
 * ALL renders the combine-wide bulletin and, unless turned off, one per enterprise
 * ({@code bulletin-1959-09-OBS.pdf}); scope {@code <code>} renders just that enterprise's. Each
 * is rendered in every language asked for, from the same figures and with the same version; a
 * language other than English marks its files ({@code bulletin-1959-09.de.pdf}).
 */
class BulletinTasklet implements Tasklet {

	static final String PDF_FILE = "pdfFile";

	static final String EXCEL_FILE = "excelFile";

	static final String TOP_OF_RANKING = "topOfRanking";

	static final String TEAMS_NEEDING_HELP = "teamsNeedingHelp";

	static final String ASSISTANCE_PAIRS = "assistancePairs";

	/** Set for a preliminary month or one without data (see {@link MonthNotice}). */
	static final String NOTICE = "notice";

	private static final Logger log = LoggerFactory.getLogger(BulletinTasklet.class);

	private final YearMonth month;

	private final BulletinScope scope;

	private final FiguresQueries queries;

	private final MonthlyFiguresService figuresService;

	private final BulletinLogRepository bulletinLog;

	private final PdfBulletinRenderer pdf;

	private final ExcelBulletinWriter excel;

	private final CatchUpProperties properties;

	private final StrivingTitles strivingTitles;

	private final boolean perEnterprise;

	private final List<Language> languages;

	private final MessageSource messages;

	/**
	 * @param perEnterprise with scope ALL, also render one bulletin per enterprise of the
	 * reference data (combines included)
	 * @param languages the languages to render each bulletin in, the first one's files named in the summary
	 */
	BulletinTasklet(YearMonth month, BulletinScope scope, FiguresQueries queries, MonthlyFiguresService figuresService,
			BulletinLogRepository bulletinLog, PdfBulletinRenderer pdf, ExcelBulletinWriter excel,
			CatchUpProperties properties, StrivingTitles strivingTitles, boolean perEnterprise,
			List<Language> languages, MessageSource messages) {
		this.languages = List.copyOf(languages);
		this.messages = messages;
		this.strivingTitles = strivingTitles;
		this.perEnterprise = perEnterprise;
		this.month = month;
		this.scope = scope;
		this.queries = queries;
		this.figuresService = figuresService;
		this.bulletinLog = bulletinLog;
		this.pdf = pdf;
		this.excel = excel;
		this.properties = properties;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		// every bulletin of the run is cut from one set of figures, read in the step's one snapshot
		long start = System.nanoTime();
		try (BulletinFigures figures = figuresService.bulletinFigures(month)) {
			Headline headline = figures.all().headline();
			log.info("Figures of {} read in {} s: {} enterprises ranked, {} teams needing help, {} assistance pairs", month,
					seconds(start), headline.enterprisesRanked(), headline.teamsNeedingHelp(), headline.assistancePairs());
			DataVersion dataVersion = queries.dataVersion();
			Long jobExecutionId = contribution.getStepExecution().getJobExecutionId();
			Rendered rendered;
			if (scope.isAll()) {
				rendered = render(scope, figures.enterprises(), figures.all(), null, dataVersion, jobExecutionId);
				if (perEnterprise) {
					for (Enterprise enterprise : figures.enterprises()) {
						renderEnterprise(BulletinScope.of(enterprise.code()), figures, dataVersion, jobExecutionId);
					}
				}
			}
			else {
				rendered = renderEnterprise(scope, figures, dataVersion, jobExecutionId);
			}
			summarise(rendered, contribution.getStepExecution().getExecutionContext());
		}
		return RepeatStatus.FINISHED;
	}

	private void summarise(Rendered rendered, ExecutionContext summary) {
		MonthlyFigures figures = rendered.figures();
		summary.putString(PDF_FILE, rendered.pdf().toAbsolutePath().toString());
		summary.putString(EXCEL_FILE, rendered.excel().toAbsolutePath().toString());
		summary.putString(TOP_OF_RANKING, topOfRanking(figures));
		// the console speaks English, whatever languages the bulletins are in
		String notice = MonthNotice.of(figures, Texts.of(messages, Language.DEFAULT));
		if (notice != null) {
			summary.putString(NOTICE, notice);
		}
		summary.putInt(TEAMS_NEEDING_HELP, figures.headline().teamsNeedingHelp());
		summary.putInt(ASSISTANCE_PAIRS, figures.headline().assistancePairs());
	}

	/** The bulletin of one enterprise or combine and the units below it. */
	private Rendered renderEnterprise(BulletinScope one, BulletinFigures figures, DataVersion dataVersion,
			Long jobExecutionId) {
		Set<String> codes = one.subtree(figures.enterprises());
		if (codes.isEmpty()) {
			throw new IllegalArgumentException("No enterprise or combine with code '" + one.enterpriseCode() + "'");
		}
		EnterpriseTeams teams = figures.teams(codes, strivingTitles.teamsIn(month, codes));
		return render(one, figures.enterprises(), figures.scoped(one.enterpriseCode(), codes), teams, dataVersion,
				jobExecutionId);
	}

	/** One bulletin in each language: one version, logged once with the first language's files. */
	private Rendered render(BulletinScope one, List<Enterprise> enterprises, MonthlyFigures figures,
			EnterpriseTeams teams, DataVersion dataVersion, Long jobExecutionId) {
		int version = bulletinLog.nextVersion(month, one.enterpriseCode());
		LocalDateTime generatedAt = LocalDateTime.now().withNano(0);
		Rendered first = null;
		for (Language language : languages) {
			Texts texts = Texts.of(messages, language);
			BulletinEdition edition = new BulletinEdition(figures, one.describe(enterprises, texts),
					describe(dataVersion, texts), version, generatedAt);
			String stem = "bulletin-" + month + one.fileSuffix() + language.fileSuffix();
			long start = System.nanoTime();
			Path pdfFile = BulletinFiles.write(properties.bulletins().resolve(stem + ".pdf"),
					out -> pdf.render(edition, teams, texts, out));
			log.debug("{} written in {} s", pdfFile, seconds(start));
			start = System.nanoTime();
			Path excelFile = BulletinFiles.write(properties.bulletins().resolve(stem + ".xlsx"),
					out -> excel.write(edition, teams, texts, out));
			log.debug("{} written in {} s", excelFile, seconds(start));
			log.info("Bulletin {} ({}, {}) version {}: {} and {}", month, one.enterpriseCode(), language.code(), version,
					pdfFile, excelFile);
			if (first == null) {
				first = new Rendered(figures, pdfFile, excelFile);
			}
		}
		bulletinLog.log(month, one.enterpriseCode(), version, describe(dataVersion, Texts.of(messages, Language.DEFAULT)),
				first.pdf().toString(), first.excel().toString(), generatedAt, jobExecutionId,
				languages.stream().map(Language::code).collect(Collectors.joining(",")));
		return first;
	}

	private static String seconds(long start) {
		return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9);
	}

	/** "54 submission versions, last #55 consolidated 1959-10-07 10:14:00", or that nothing is loaded. */
	static String describe(DataVersion version, Texts texts) {
		return version.isEmpty() ? texts.get("bulletin.dataVersion.none")
				: texts.get("bulletin.dataVersion", version.loaded(), String.valueOf(version.lastId()),
						version.lastAt().toString().replace('T', ' '));
	}

	private record Rendered(MonthlyFigures figures, Path pdf, Path excel) {
	}

	/**
	 * The leader of each level, e.g. "1. Bergbaubetrieb Mansfeld 98.1 % | 1. Schacht Niederröblingen 103.2 %",
	 * marked when submissions are missing.
	 */
	static String topOfRanking(MonthlyFigures figures) {
		if (!figures.hasData()) {
			return "nothing ranked: no data for " + figures.month();
		}
		String leaders = figures.ranking()
			.stream()
			.filter(row -> row.rank() == 1)
			.map(row -> "1. " + row.enterprise().name() + " " + row.month().shown())
			.collect(Collectors.joining(" | "));
		return figures.isPreliminary() ? "preliminary, " + figures.missingSubmissions().size() + " of "
				+ figures.submissions().size() + " submissions missing: " + leaders : leaders;
	}

}
