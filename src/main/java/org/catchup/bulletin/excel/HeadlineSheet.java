package org.catchup.bulletin.excel;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.catchup.bulletin.BulletinEdition;
import org.catchup.bulletin.MonthNotice;
import org.catchup.bulletin.EnterpriseTeams;
import org.catchup.bulletin.excel.SheetTable.Column;
import org.catchup.figures.Headline;
import org.catchup.figures.MonthlyFigures;

/**
 * The cover figures as a two-column list: what was counted, and from which data. A preliminary
 * month or a month without data says so right below the month, and the latter lists no figure
 * judged from data it does not have.
 */
final class HeadlineSheet {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	private static final int VALUE_WIDTH = 50;

	private final SXSSFWorkbook workbook;

	private final CellStyles styles;

	HeadlineSheet(SXSSFWorkbook workbook, CellStyles styles) {
		this.workbook = workbook;
		this.styles = styles;
	}

	/** With {@code teams} (an enterprise's bulletin), also how many teams it has and how many strive for the title. */
	void write(BulletinEdition edition, EnterpriseTeams teams) {
		MonthlyFigures figures = edition.figures();
		Headline headline = figures.headline();
		SheetTable table = new SheetTable(workbook.createSheet("Headline"), styles,
				List.of(new Column("Figure", 40), new Column("Value", VALUE_WIDTH)));
		table.row().text("Month").text(figures.month().format(MONTH));
		String notice = MonthNotice.of(figures);
		if (notice != null) {
			table.row().text("Notice").notice(notice, VALUE_WIDTH);
		}
		table.row().text("Ranking").text(!figures.hasData() ? "none: no data for this month"
				: figures.isPreliminary() ? "preliminary" : "complete: every submission loaded");
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
