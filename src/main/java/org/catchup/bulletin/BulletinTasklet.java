package org.catchup.bulletin;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;

import java.util.stream.Collectors;

import org.catchup.bulletin.excel.ExcelBulletinWriter;
import org.catchup.bulletin.pdf.PdfBulletinRenderer;
import org.catchup.figures.FiguresCalculator;
import org.catchup.figures.FiguresInput;
import org.catchup.figures.MonthlyFigures;
import org.catchup.system.CatchUpProperties;
import org.catchup.warehouse.FiguresQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Renders one month's bulletin: figures from the warehouse, then the PDF and the Excel
 * workbook, each written under a temporary name and renamed into place, then logged.
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

	BulletinTasklet(YearMonth month, BulletinScope scope, FiguresQueries queries, MonthlyFiguresService figuresService,
			BulletinLogRepository bulletinLog, PdfBulletinRenderer pdf, ExcelBulletinWriter excel,
			CatchUpProperties properties) {
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
		FiguresInput input = figuresService.input(month);
		FiguresInput scoped = scope.apply(input);
		MonthlyFigures figures = new FiguresCalculator().calculate(scoped);
		int version = bulletinLog.nextVersion(month, scope.enterpriseCode());
		LocalDateTime generatedAt = LocalDateTime.now().withNano(0);
		BulletinEdition edition = new BulletinEdition(figures, scope.describe(input.enterprises()),
				queries.dataVersion(), version, generatedAt);

		String stem = "bulletin-" + month + scope.fileSuffix();
		Path pdfFile = BulletinFiles.write(properties.bulletins().resolve(stem + ".pdf"), out -> pdf.render(edition, out));
		Path excelFile = BulletinFiles.write(properties.bulletins().resolve(stem + ".xlsx"),
				out -> excel.write(edition, out));
		bulletinLog.log(month, scope.enterpriseCode(), version, edition.dataVersion(), pdfFile.toString(),
				excelFile.toString(), generatedAt, contribution.getStepExecution().getJobExecutionId());
		ExecutionContext summary = contribution.getStepExecution().getExecutionContext();
		summary.putString(PDF_FILE, pdfFile.toAbsolutePath().toString());
		summary.putString(EXCEL_FILE, excelFile.toAbsolutePath().toString());
		summary.putString(TOP_OF_RANKING, topOfRanking(figures));
		String notice = MonthNotice.of(figures);
		if (notice != null) {
			summary.putString(NOTICE, notice);
		}
		summary.putInt(TEAMS_NEEDING_HELP, figures.headline().teamsNeedingHelp());
		summary.putInt(ASSISTANCE_PAIRS, figures.headline().assistancePairs());
		log.info("Bulletin {} version {}: {} and {}", month, version, pdfFile, excelFile);
		return RepeatStatus.FINISHED;
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
