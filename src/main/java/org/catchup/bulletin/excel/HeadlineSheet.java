package org.catchup.bulletin.excel;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.catchup.bulletin.BulletinEdition;
import org.catchup.bulletin.EnterpriseTeams;
import org.catchup.bulletin.excel.SheetTable.Column;
import org.catchup.figures.Headline;

/** The cover figures as a two-column list: what was counted, and from which data. */
final class HeadlineSheet {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	private final SXSSFWorkbook workbook;

	private final CellStyles styles;

	HeadlineSheet(SXSSFWorkbook workbook, CellStyles styles) {
		this.workbook = workbook;
		this.styles = styles;
	}

	void write(BulletinEdition edition) {
		write(edition, null);
	}

	/** With {@code teams} (an enterprise's bulletin), also how many teams it has and how many strive for the title. */
	void write(BulletinEdition edition, EnterpriseTeams teams) {
		Headline headline = edition.figures().headline();
		SheetTable table = new SheetTable(workbook.createSheet("Headline"), styles,
				List.of(new Column("Figure", 40), new Column("Value", 50)));
		table.row().text("Month").text(edition.figures().month().format(MONTH));
		table.row().text("Scope").text(edition.scope());
		table.row().text("Data version").text(edition.dataVersion());
		table.row().text("Bulletin version").integer(edition.version());
		table.row().text("Generated").dateTime(edition.generatedAt());
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
		table.row().text("Missing submissions").integer(headline.missingSubmissions());
		if (teams != null) {
			table.row().text("Teams").integer(teams.teams().size());
			table.row().text("Teams striving for the \"Socialist Labor Team\" title").integer((int) teams.striving());
		}
		table.finish();
	}

}
