package org.catchup.bulletin.excel;

import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.catchup.bulletin.BulletinEdition;
import org.catchup.bulletin.EnterpriseTeams;
import org.catchup.bulletin.MonthNotice;
import org.catchup.bulletin.excel.SheetTable.Column;
import org.catchup.figures.Headline;
import org.catchup.figures.MonthlyFigures;
import org.catchup.i18n.Texts;

/**
 * The cover figures as a two-column list: what was counted, and from which data. A preliminary
 * month or a month without data says so right below the month, and the latter lists no figure
 * judged from data it does not have.
 */
final class HeadlineSheet {

	private static final int VALUE_WIDTH = 50;

	private final SXSSFWorkbook workbook;

	private final CellStyles styles;

	private final Texts texts;

	HeadlineSheet(SXSSFWorkbook workbook, CellStyles styles, Texts texts) {
		this.workbook = workbook;
		this.styles = styles;
		this.texts = texts;
	}

	/** With {@code teams} (an enterprise's bulletin), also how many teams it has and how many strive for the title. */
	void write(BulletinEdition edition, EnterpriseTeams teams) {
		MonthlyFigures figures = edition.figures();
		Headline headline = figures.headline();
		SheetTable table = new SheetTable(workbook.createSheet("Headline"), styles,
				List.of(new Column("Figure", 40), new Column("Value", VALUE_WIDTH)));
		// a date, shown as "September 1959" / "Juli 1959" by a format that names its language
		table.row().text("Month").month(figures.month(), texts.locale());
		String notice = MonthNotice.of(figures, texts);
		if (notice != null) {
			table.row().text("Notice").notice(notice, VALUE_WIDTH);
		}
		table.row().text("Ranking").text(texts.get(!figures.hasData() ? "excel.ranking.none"
				: figures.isPreliminary() ? "excel.ranking.preliminary" : "excel.ranking.complete"));
		table.row().text("Scope").text(edition.scope());
		table.row().text("Data version").text(edition.dataVersion());
		table.row().text("Bulletin version").integer(edition.version());
		table.row().text("Generated").dateTime(edition.generatedAt());
		if (figures.hasData()) {
			table.row().text("Fulfilment of the month %").percent(headline.month());
			table.row().text("Year to date % of annual plan").percent(headline.yearToDate());
			table.row().text("Enterprises ranked").integer(headline.enterprisesRanked());
			table.row().text("Enterprises at or above plan").integer(headline.enterprisesAtOrAbovePlan());
			table.row().text("Teams needing help").integer(headline.teamsNeedingHelp());
			table.row().text("of which critical (below 90 %)").integer(headline.criticalTeams());
			table.row().text("Assistance pairs").integer(headline.assistancePairs());
			table.row().text("Assistance under way").integer(headline.assistanceUnderWay());
			table.row().text("of which caught up").integer(headline.caughtUp());
			table.row().text("Hidden laggards").integer(headline.hiddenLaggards());
		}
		// as in the notice: nothing came, or only a rejected workbook
		table.row().text("Missing submissions").integer(figures.missingSubmissions().size());
		if (teams != null) {
			table.row().text("Teams").integer(teams.teams().size());
			table.row().text("Teams striving for the \"Socialist Labor Team\" title").integer((int) teams.striving());
		}
		table.finish();
	}

}
