package org.catchup.bulletin.excel;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.catchup.bulletin.BulletinEdition;
import org.catchup.bulletin.EnterpriseTeams;
import org.catchup.bulletin.MonthNotice;
import org.catchup.bulletin.YearChart;
import org.catchup.bulletin.excel.SheetTable.Column;
import org.catchup.figures.AssistancePair;
import org.catchup.figures.AssistanceResult;
import org.catchup.figures.CatchUpOutlook;
import org.catchup.figures.DataWarning;
import org.catchup.figures.Enterprise;
import org.catchup.figures.Fulfilment;
import org.catchup.figures.FulfilmentSeries;
import org.catchup.figures.HiddenLaggard;
import org.catchup.figures.LaggingTeam;
import org.catchup.figures.MonthFulfilment;
import org.catchup.figures.MonthlyFigures;
import org.catchup.figures.PioneerFallingBehind;
import org.catchup.figures.RankingRow;
import org.catchup.figures.SubmissionStatusRow;
import org.catchup.figures.TeamNeedingHelp;
import org.catchup.figures.TeamToLearnFrom;
import org.catchup.i18n.Texts;

/**
 * Writes each sheet of the Excel bulletin. The first five sheets and their headers are the
 * machine-readable contract of SPEC §7 and must not change; the sheets after them are for
 * people.
 */
final class BulletinSheets {

	private final SXSSFWorkbook workbook;

	private final CellStyles styles;

	private final Texts texts;

	BulletinSheets(SXSSFWorkbook workbook, CellStyles styles, Texts texts) {
		this.workbook = workbook;
		this.styles = styles;
		this.texts = texts;
	}

	/** With {@code teams} (an enterprise's bulletin), also the sheet All teams and their counts. */
	void writeAll(BulletinEdition edition, EnterpriseTeams teams) {
		MonthlyFigures figures = edition.figures();
		String notice = MonthNotice.of(figures, texts);
		// a month without data has nothing to rank: no rows rather than a column of n/a
		ranking(figures.hasData() ? figures.ranking() : List.of(), notice);
		teamsNeedingHelp(figures.teamsNeedingHelp());
		hiddenLaggards(figures.hiddenLaggards());
		pioneers(figures.pioneersFallingBehind());
		submissions(figures.submissions());
		new HeadlineSheet(workbook, styles, texts).write(edition, teams);
		if (notice != null) {
			// the sheet order is fixed for scripts; a person opening the workbook sees the notice first
			workbook.setActiveSheet(workbook.getSheetIndex("Headline"));
		}
		assistancePairs(figures.assistancePairs());
		fulfilmentByMonth(figures.month(), figures.fulfilmentOverYear());
		dataWarnings(figures.dataWarnings());
		catchUpOutlook(figures.catchUpOutlook());
		assistanceResults(figures.assistanceResults());
		teamsToLearnFrom(figures.teamsToLearnFrom());
		if (teams != null) {
			allTeams(teams);
		}
		PrintLayout.apply(workbook, texts.month(figures.month()), texts);
	}

	private void catchUpOutlook(List<CatchUpOutlook> outlooks) {
		SheetTable table = table("Catch-up outlook", col("Enterprise code", 14), col("Enterprise", 36),
				col("Parent code", 12), col("YTD % of annual plan", 14), col("Pace needed %", 12),
				col("Forecast %", 12), col("Outlook", 14));
		for (CatchUpOutlook outlook : outlooks) {
			table.row()
				.text(outlook.enterprise().code())
				.text(outlook.enterprise().name())
				.text(outlook.enterprise().parentCode())
				.percent(outlook.yearToDate().percent())
				.percent(outlook.paceNeeded())
				.percent(outlook.forecast())
				.text(outlook.outlookLabel());
		}
		table.finish();
	}

	private void assistanceResults(List<AssistanceResult> results) {
		SheetTable table = table("Assistance results", col("Helped enterprise code", 14), col("Helped team code", 12),
				col("Helper enterprise code", 14), col("Helper team code", 12), col("From", 9),
				col("Months of help", 9), col("Helped before %", 11), col("Helped now %", 11),
				col("Helper before %", 11), col("Helper now %", 11), col("Outcome", 28));
		for (AssistanceResult result : results) {
			table.row()
				.text(result.helpedEnterpriseCode())
				.text(result.helpedTeamCode())
				.text(result.helperEnterpriseCode())
				.text(result.helperTeamCode())
				.text(result.from().toString())
				.integer(result.monthsOfHelp())
				// n/a is an empty cell here (SPEC §7), so a filter on the column sees numbers only
				.percent(percentOrNull(result.helpedBefore()))
				.percent(percentOrNull(result.helpedNow()))
				.percent(percentOrNull(result.helperBefore()))
				.percent(percentOrNull(result.helperNow()))
				.text(result.outcomeLabel());
		}
		BandFormatting.byPercent(table, 7);
		table.finish();
	}

	private void teamsToLearnFrom(List<TeamToLearnFrom> teams) {
		SheetTable table = table("Teams to learn from", col("Main indicator", 12), col("Rank", 7),
				col("Enterprise code", 14), col("Team code", 12), col("Team", 32), col("Mean fulfilment %", 12));
		for (TeamToLearnFrom team : teams) {
			table.row()
				.text(team.mainIndicator())
				.integer(team.rank())
				.text(team.enterpriseCode())
				.text(team.teamCode())
				.text(team.teamName())
				.percent(team.meanPercent());
		}
		table.finish();
	}

	private void allTeams(EnterpriseTeams teams) {
		SheetTable table = table("All teams", col("Enterprise code", 14), col("Team code", 12), col("Team", 32),
				col("Section", 16), col("Fulfilment %", 12), col("Months below plan", 11), col("Striving for title", 11));
		for (EnterpriseTeams.Team team : teams.teams()) {
			table.row()
				.text(team.enterpriseCode())
				.text(team.teamCode())
				.text(team.teamName())
				.text(team.section())
				.percent(team.fulfilment())
				.integer(team.monthsBelowPlan())
				.text(team.strivingTitle() ? "yes" : "no");
		}
		BandFormatting.byPercent(table, 4);
		table.finish();
	}

	private static BigDecimal percentOrNull(Fulfilment fulfilment) {
		return fulfilment == null ? null : fulfilment.percent();
	}

	private void ranking(List<RankingRow> rows, String notice) {
		SheetTable table = table("Ranking", col("Rank", 7), col("Enterprise code", 14), col("Enterprise", 36),
				col("Parent code", 12), col("Plan value", 16), col("Actual value", 16), col("Fulfilment %", 12),
				col("YTD % of annual plan", 14), col("Change vs previous month", 14));
		if (notice != null) {
			table.noteOnHeader(notice);
		}
		for (RankingRow row : rows) {
			table.row()
				.integer(row.isRanked() ? row.rank() : null)
				.text(row.enterprise().code())
				.text(row.enterprise().name())
				.text(row.enterprise().parentCode())
				.value(row.month().planValue())
				.value(row.month().actualValue())
				.percent(row.month())
				.percent(row.yearToDate())
				.points(row.changeVsPreviousMonth());
		}
		BandFormatting.byPercent(table, 6);
		table.finish();
	}

	private void teamsNeedingHelp(List<TeamNeedingHelp> teams) {
		SheetTable table = table("Teams needing help", col("Enterprise code", 14), col("Team code", 12),
				col("Team", 36), col("Section", 16), col("Fulfilment %", 12), col("Band", 10),
				col("Months below plan", 11), col("Change vs previous month", 14), col("Helper team code", 14),
				col("Helper enterprise code", 14));
		for (TeamNeedingHelp team : teams) {
			table.row()
				.text(team.enterpriseCode())
				.text(team.teamCode())
				.text(team.teamName())
				.text(team.section())
				.percent(team.fulfilment())
				.text(team.band() == null ? null : team.band().label())
				.integer(team.monthsBelowPlan())
				.points(team.changeVsPreviousMonth())
				.text(team.helperTeamCode())
				.text(team.helperEnterpriseCode());
		}
		BandFormatting.byBand(table, 5, 4, 5);
		table.finish();
	}

	private void hiddenLaggards(List<HiddenLaggard> laggards) {
		SheetTable table = table("Hidden laggards", col("Enterprise code", 14), col("Enterprise fulfilment %", 14),
				col("Team code", 12), col("Team fulfilment %", 12));
		for (HiddenLaggard laggard : laggards) {
			for (LaggingTeam team : laggard.teams()) {
				table.row()
					.text(laggard.enterprise().code())
					.percent(laggard.enterpriseFulfilment())
					.text(team.teamCode())
					.percent(team.fulfilment());
			}
		}
		BandFormatting.byPercent(table, 3);
		table.finish();
	}

	private void pioneers(List<PioneerFallingBehind> pioneers) {
		SheetTable table = table("Pioneers falling behind", col("Enterprise code", 14), col("Reason", 90));
		for (PioneerFallingBehind pioneer : pioneers) {
			table.row().text(pioneer.enterprise().code()).text(texts.pioneerReason(pioneer));
		}
		table.finish();
	}

	private void submissions(List<SubmissionStatusRow> rows) {
		SheetTable table = table("Submissions", col("Enterprise code", 14), col("Status", 11), col("Version", 9),
				col("Received", 17));
		for (SubmissionStatusRow row : rows) {
			table.row()
				.text(row.enterprise().code())
				.text(row.status().name())
				.integer(row.version())
				.dateTime(row.received());
		}
		table.finish();
	}

	private void assistancePairs(List<AssistancePair> pairs) {
		SheetTable table = table("Assistance pairs", col("Enterprise code", 14), col("Team code", 12),
				col("Team", 32), col("Team fulfilment %", 12), col("Helper enterprise code", 14),
				col("Helper team code", 14), col("Helper team", 32), col("Helper fulfilment %", 12),
				col("Main indicator", 14));
		for (AssistancePair pair : pairs) {
			table.row()
				.text(pair.enterpriseCode())
				.text(pair.teamCode())
				.text(pair.teamName())
				.percent(pair.teamFulfilment())
				.text(pair.helperEnterpriseCode())
				.text(pair.helperTeamCode())
				.text(pair.helperTeamName())
				.percent(pair.helperFulfilment())
				.text(pair.indicator());
		}
		BandFormatting.byPercent(table, 3);
		table.finish();
	}

	/**
	 * One row per enterprise, one percent column per month from January through the bulletin
	 * month, and a line chart of the same numbers below, of the enterprises {@link YearChart} picks.
	 */
	private void fulfilmentByMonth(YearMonth month, List<FulfilmentSeries> series) {
		List<Column> header = new ArrayList<>(List.of(col("Enterprise code", 14), col("Enterprise", 36)));
		String[] months = new String[month.getMonthValue()];
		for (int m = 1; m <= month.getMonthValue(); m++) {
			months[m - 1] = YearMonth.of(month.getYear(), m).toString();
			header.add(col(months[m - 1] + " %", 10));
		}
		SheetTable table = new SheetTable(workbook.createSheet("Fulfilment by month"), styles, header);
		List<FulfilmentChart.Line> lines = new ArrayList<>();
		Set<Enterprise> charted = new HashSet<>();
		YearChart.charted(series).forEach(one -> charted.add(one.enterprise()));
		for (FulfilmentSeries one : series) {
			table.row().text(one.enterprise().code()).text(one.enterprise().name());
			Fulfilment[] cells = new Fulfilment[months.length];
			for (MonthFulfilment found : one.months()) {
				int index = found.month().getMonthValue() - 1;
				if (found.month().getYear() == month.getYear() && index < cells.length) {
					cells[index] = found.fulfilment();
				}
			}
			Double[] percents = new Double[months.length];
			for (int m = 0; m < months.length; m++) {
				if (cells[m] == null) {
					table.blank();
				}
				else {
					table.percent(cells[m]);
					percents[m] = cells[m].isDefined() ? cells[m].shownPercent().doubleValue() : null;
				}
			}
			if (charted.contains(one.enterprise())) {
				lines.add(new FulfilmentChart.Line(one.enterprise().name(), table.lastRow(), percents));
			}
		}
		table.finish();
		String[] labels = header.stream().skip(FulfilmentChart.FIRST_MONTH_COLUMN).map(Column::title).toArray(String[]::new);
		FulfilmentChart.draw(table.sheet(), labels, lines);
	}

	private void dataWarnings(List<DataWarning> warnings) {
		SheetTable table = table("Data warnings", col("Enterprise code", 14), col("Code", 26), col("Location", 16),
				col("Message", 100));
		for (DataWarning warning : warnings) {
			table.row()
				.text(warning.enterpriseCode())
				.text(warning.code())
				.text(warning.location())
				.text(texts.problem(warning.code(), warning.location(), warning.column(), warning.value(),
						warning.message()));
		}
		table.finish();
	}

	private SheetTable table(String name, Column... header) {
		return new SheetTable(workbook.createSheet(name), styles, Arrays.asList(header));
	}

	private static Column col(String title, int width) {
		return new Column(title, width);
	}

}
