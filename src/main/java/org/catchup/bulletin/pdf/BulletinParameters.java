package org.catchup.bulletin.pdf;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.catchup.bulletin.BulletinEdition;
import org.catchup.bulletin.EnterpriseTeams;
import org.catchup.bulletin.MonthNotice;
import org.catchup.figures.Headline;
import org.catchup.figures.MonthlyFigures;

/**
 * The parameters of bulletin.jrxml for one edition: the cover's strings, and for every
 * section its compiled subreport ({@code X_REPORT}) and rows ({@code X_DATA}), in the language
 * of {@code formats}; {@code REPORT_LOCALE} picks the templates' own words ({@code $R{...}}).
 */
final class BulletinParameters {

	private final ReportTemplates templates;

	private final Formats formats;

	private final int rowsPerSection;

	/** @param rowsPerSection how many teams below plan the PDF lists at most (see {@link ListedRows}) */
	BulletinParameters(ReportTemplates templates, Formats formats, int rowsPerSection) {
		this.templates = templates;
		this.formats = formats;
		this.rowsPerSection = rowsPerSection;
	}

	/** With {@code teams} (an enterprise's bulletin), also the section All teams; else it is left out. */
	Map<String, Object> of(BulletinEdition edition, EnterpriseTeams teams) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put(JRParameter.REPORT_LOCALE, formats.texts().locale());
		cover(edition, parameters);
		MonthlyFigures figures = edition.figures();
		ListedRows listed = ListedRows.of(figures, rowsPerSection);
		SectionRows rows = new SectionRows(figures, formats, listed);
		ChartRows chart = new ChartRows(figures, formats);
		section(parameters, "RANKING", "ranking", rows.ranking());
		section(parameters, "FULFILMENT", "fulfilment", chart.rows());
		parameters.put("FULFILMENT_NOTE", chart.note());
		parameters.put("CHART_AXIS_MIN", chart.axisMin());
		parameters.put("CHART_AXIS_MAX", chart.axisMax());
		section(parameters, "TEAMS", "teams", rows.teamsNeedingHelp());
		parameters.put("TEAMS_NOTE", listed.teamsNote(formats));
		section(parameters, "LAGGARDS", "laggards", rows.hiddenLaggards());
		parameters.put("LAGGARDS_NOTE", listed.laggardsNote(formats));
		section(parameters, "PIONEERS", "pioneers", rows.pioneers());
		section(parameters, "PAIRS", "pairs", rows.assistancePairs());
		parameters.put("PAIRS_NOTE", listed.pairsNote(formats));
		section(parameters, "OUTLOOK", "outlook", rows.catchUpOutlook());
		section(parameters, "RESULTS", "results", rows.assistanceResults());
		HelpChartRows help = new HelpChartRows(edition.figures().assistanceResults(), formats);
		section(parameters, "HELP", "help", help.rows());
		parameters.put("HELP_SHOWN", !edition.figures().assistanceResults().isEmpty());
		parameters.put("HELP_AXIS_MIN", help.axisMin());
		parameters.put("HELP_AXIS_MAX", help.axisMax());
		section(parameters, "LEARN", "learn", rows.teamsToLearnFrom());
		if (teams != null) {
			section(parameters, "ALL_TEAMS", "allteams", rows.allTeams(teams));
		}
		section(parameters, "SUBMISSIONS", "submissions", rows.submissions());
		section(parameters, "WARNINGS", "warnings", rows.dataWarnings());
		parameters.put("WARNINGS_NOTE", listed.warningsNote(figures.dataWarnings(), formats));
		return parameters;
	}

	private void cover(BulletinEdition edition, Map<String, Object> parameters) {
		Headline headline = edition.figures().headline();
		parameters.put("MONTH_LABEL", formats.month(edition.figures().month()));
		parameters.put("SCOPE", edition.scope());
		parameters.put("DATA_VERSION", edition.dataVersion());
		parameters.put("BULLETIN_VERSION", String.valueOf(edition.version()));
		parameters.put("GENERATED", Formats.dateTime(edition.generatedAt()));
		parameters.put("HL_MONTH", formats.percent(headline.month()));
		parameters.put("HL_YTD", formats.percent(headline.yearToDate()));
		parameters.put("HL_AT_PLAN",
				formats.text("bulletin.atPlan", headline.enterprisesAtOrAbovePlan(), headline.enterprisesRanked()));
		parameters.put("HL_TEAMS", String.valueOf(headline.teamsNeedingHelp()));
		parameters.put("HL_CRITICAL", String.valueOf(headline.criticalTeams()));
		parameters.put("HL_PAIRS", String.valueOf(headline.assistancePairs()));
		parameters.put("HL_LAGGARDS", String.valueOf(headline.hiddenLaggards()));
		// rejected-only counts too: the notice above the tiles names both kinds
		parameters.put("HL_MISSING", String.valueOf(edition.figures().missingSubmissions().size()));
		parameters.put("NOTICE", MonthNotice.of(edition.figures(), formats.texts()));
		parameters.put("HAS_DATA", edition.figures().hasData());
		parameters.put("RANKING_TITLE", MonthNotice.rankingTitle(edition.figures(), formats.texts()));
		parameters.put("HL_UNDER_WAY", String.valueOf(headline.assistanceUnderWay()));
		parameters.put("HL_CAUGHT_UP", String.valueOf(headline.caughtUp()));
	}

	private void section(Map<String, Object> parameters, String key, String template, Collection<Map<String, ?>> rows) {
		parameters.put(key + "_REPORT", templates.get(template));
		parameters.put(key + "_DATA", new JRMapCollectionDataSource(rows));
	}

}
