package org.catchup.bulletin.pdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.catchup.bulletin.EnterpriseTeams;
import org.catchup.figures.AssistancePair;
import org.catchup.figures.AssistanceResult;
import org.catchup.figures.Band;
import org.catchup.figures.CatchUpOutlook;
import org.catchup.figures.DataWarning;
import org.catchup.figures.Enterprise;
import org.catchup.figures.HiddenLaggard;
import org.catchup.figures.LaggingTeam;
import org.catchup.figures.MonthlyFigures;
import org.catchup.figures.Outlook;
import org.catchup.figures.PioneerFallingBehind;
import org.catchup.figures.RankingRow;
import org.catchup.figures.SubmissionStatusRow;
import org.catchup.figures.TeamNeedingHelp;
import org.catchup.figures.TeamToLearnFrom;

/**
 * Turns the month's figures into the rows of the table sections: flat maps of ready-made
 * strings whose keys are the field names of the matching template.
 */
final class SectionRows {

	private static final String NONE = "—";

	private final MonthlyFigures figures;

	private final Formats formats;

	private final ListedRows listed;

	private final Map<String, Enterprise> enterprises = new HashMap<>();

	SectionRows(MonthlyFigures figures, Formats formats, ListedRows listed) {
		this.figures = figures;
		this.formats = formats;
		this.listed = listed;
		figures.ranking().forEach(row -> enterprises.put(row.enterprise().code(), row.enterprise()));
		figures.fulfilmentOverYear().forEach(series -> enterprises.put(series.enterprise().code(), series.enterprise()));
		figures.submissions().forEach(row -> enterprises.put(row.enterprise().code(), row.enterprise()));
	}

	/** Each level's ranking in turn; ranked rows by rank then code, unranked (n/a) last. */
	Collection<Map<String, ?>> ranking() {
		List<RankingRow> rows = SectionData.orderedBy(figures.ranking(), RankingOrder::of, RankingOrder.ORDER);
		return SectionData.each(rows, row -> {
			Map<String, Object> line = new HashMap<>();
			line.put("level", row.level() == 0 ? formats.text("bulletin.ranking.topLevel")
					: formats.text("bulletin.ranking.level", String.valueOf(row.level())));
			line.put("rank", row.isRanked() ? String.valueOf(row.rank()) : NONE);
			line.put("code", row.enterprise().code());
			line.put("name", row.enterprise().name());
			line.put("parent", row.enterprise().parentCode());
			line.put("fulfilment", formats.percent(row.month()));
			line.put("band", Formats.band(row.month()));
			line.put("ytd", formats.percent(row.yearToDate()));
			line.put("change", formats.points(row.changeVsPreviousMonth()));
			return line;
		});
	}

	/** What the ranking is ordered by: level, ranked before n/a, rank, code. */
	private record RankingOrder(int level, boolean unranked, int rank, String code) {

		static final Comparator<RankingOrder> ORDER = Comparator.comparingInt(RankingOrder::level)
			.thenComparing(RankingOrder::unranked)
			.thenComparingInt(RankingOrder::rank)
			.thenComparing(RankingOrder::code);

		static RankingOrder of(RankingRow row) {
			return new RankingOrder(row.level(), !row.isRanked(), row.rank(), row.enterprise().code());
		}

	}

	/** Teams below plan (those {@link ListedRows} lists), kept together per enterprise (the figures list them by enterprise). */
	Collection<Map<String, ?>> teamsNeedingHelp() {
		return SectionData.runs(listed.teamsNeedingHelp(figures.teamsNeedingHelp()), TeamNeedingHelp::enterpriseCode,
				teams -> {
			String label = formats.text("bulletin.teams.group", enterpriseLabel(teams.get(0).enterpriseCode()),
					teams.size());
			List<Map<String, ?>> lines = new ArrayList<>();
			for (TeamNeedingHelp team : teams) {
				Map<String, Object> line = new HashMap<>();
				line.put("enterprise", label);
				line.put("teamCode", team.teamCode());
				line.put("team", team.teamName());
				line.put("section", team.section());
				line.put("fulfilment", formats.percent(team.fulfilment()));
				line.put("band", team.band() == null ? null : team.band().label());
				line.put("bandLabel", formats.texts().band(team.band()));
				line.put("monthsBelow", String.valueOf(team.monthsBelowPlan()));
				line.put("change", formats.points(team.changeVsPreviousMonth()));
				line.put("helper", team.helperTeamCode() == null ? NONE
						: team.helperTeamCode() + " (" + team.helperEnterpriseCode() + ")");
				lines.add(line);
			}
			return lines;
		});
	}

	Collection<Map<String, ?>> hiddenLaggards() {
		return SectionData.flat(listed.hiddenLaggards(figures.hiddenLaggards()), laggard -> {
			String label = formats.text("bulletin.laggards.group",
					Formats.named(laggard.enterprise().name(), laggard.enterprise().code()),
					formats.percent(laggard.enterpriseFulfilment()));
			List<Map<String, ?>> lines = new ArrayList<>();
			for (LaggingTeam team : laggard.teams()) {
				Map<String, Object> line = new HashMap<>();
				line.put("enterprise", label);
				line.put("teamCode", team.teamCode());
				line.put("team", team.teamName());
				line.put("fulfilment", formats.percent(team.fulfilment()));
				line.put("band", Formats.band(team.fulfilment()));
				lines.add(line);
			}
			return lines;
		});
	}

	Collection<Map<String, ?>> pioneers() {
		return SectionData.each(figures.pioneersFallingBehind(), pioneer -> {
			Map<String, Object> line = new HashMap<>();
			line.put("code", pioneer.enterprise().code());
			line.put("name", pioneer.enterprise().name());
			line.put("fulfilment", formats.percent(pioneer.month()));
			line.put("reason", formats.texts().pioneerReason(pioneer));
			return line;
		});
	}

	Collection<Map<String, ?>> assistancePairs() {
		return SectionData.each(listed.assistancePairs(figures.assistancePairs()), pair -> {
			Map<String, Object> line = new HashMap<>();
			line.put("team", pair.teamCode() + " " + pair.teamName());
			line.put("enterprise", pair.enterpriseCode());
			line.put("fulfilment", formats.percent(pair.teamFulfilment()));
			line.put("helper", pair.helperTeamCode() + " " + pair.helperTeamName());
			line.put("helperEnterprise", pair.helperEnterpriseCode());
			line.put("helperFulfilment", formats.percent(pair.helperFulfilment()));
			line.put("indicator", pair.indicator());
			return line;
		});
	}

	Collection<Map<String, ?>> submissions() {
		return SectionData.each(figures.submissions(), row -> {
			Map<String, Object> line = new HashMap<>();
			line.put("code", row.enterprise().code());
			line.put("name", row.enterprise().name());
			line.put("status", row.status().name());
			line.put("statusLabel", formats.texts().status(row.status()));
			line.put("version", row.version() == null ? NONE : String.valueOf(row.version()));
			line.put("received", row.received() == null ? NONE : Formats.dateTime(row.received()));
			return line;
		});
	}

	Collection<Map<String, ?>> dataWarnings() {
		return SectionData.each(listed.dataWarnings(figures.dataWarnings()), warning -> {
			Map<String, Object> line = new HashMap<>();
			line.put("enterprise", warning.enterpriseCode());
			line.put("code", warning.code());
			line.put("location", warning.location());
			line.put("message", formats.texts()
				.problem(warning.code(), warning.location(), warning.column(), warning.value(), warning.message()));
			return line;
		});
	}

	/** One line per enterprise and combine, as the figures order them (combines above their units). */
	Collection<Map<String, ?>> catchUpOutlook() {
		return SectionData.each(figures.catchUpOutlook(), outlook -> {
			Map<String, Object> line = new HashMap<>();
			line.put("code", outlook.enterprise().code());
			line.put("name", outlook.enterprise().name());
			line.put("parent", outlook.enterprise().parentCode());
			line.put("ytd", formats.percent(outlook.yearToDate().percent()));
			line.put("pace", formats.percent(outlook.paceNeeded()));
			line.put("forecast", formats.percent(outlook.forecast()));
			line.put("outlook", formats.texts().outlook(outlook.outlook()));
			line.put("band", outlook.outlook() == Outlook.OUT_OF_REACH ? Band.CRITICAL.label()
					: outlook.outlook() == Outlook.REACHABLE ? Band.BEHIND.label() : null);
			return line;
		});
	}

	Collection<Map<String, ?>> assistanceResults() {
		return SectionData.each(figures.assistanceResults(), result -> {
			Map<String, Object> line = new HashMap<>();
			line.put("helped", team(result.helpedTeamCode(), result.helpedTeamName()));
			line.put("helpedEnterprise", result.helpedEnterpriseCode());
			line.put("helper", team(result.helperTeamCode(), result.helperTeamName()));
			line.put("helperEnterprise", result.helperEnterpriseCode());
			line.put("from", result.from().toString());
			line.put("months", String.valueOf(result.monthsOfHelp()));
			line.put("helpedBefore", formats.percent(result.helpedBefore()));
			line.put("helpedNow", formats.percent(result.helpedNow()));
			line.put("band", Formats.band(result.helpedNow()));
			line.put("helperNow", formats.percent(result.helperNow()));
			line.put("outcome", formats.texts().outcome(result));
			return line;
		});
	}

	Collection<Map<String, ?>> teamsToLearnFrom() {
		return SectionData.each(figures.teamsToLearnFrom(), team -> {
			Map<String, Object> line = new HashMap<>();
			line.put("indicator", formats.text("bulletin.learn.indicator", team.mainIndicator()));
			line.put("rank", String.valueOf(team.rank()));
			line.put("team", team(team.teamCode(), team.teamName()));
			line.put("enterprise", enterpriseLabel(team.enterpriseCode()));
			line.put("months", team.months()
				.stream()
				.map(month -> formats.texts().percentNumber(month.percent()))
				.collect(Collectors.joining(" · ")));
			line.put("mean", formats.percent(team.meanPercent()));
			return line;
		});
	}

	/** An enterprise bulletin's teams, every one of them, in the order given. */
	Collection<Map<String, ?>> allTeams(EnterpriseTeams teams) {
		String summary = formats.text("bulletin.allTeams.summary", teams.teams().size(), teams.striving());
		return SectionData.each(teams.teams(), team -> {
			Map<String, Object> line = new HashMap<>();
			line.put("summary", summary);
			line.put("teamCode", team.teamCode());
			line.put("team", team.teamName());
			line.put("enterprise", team.enterpriseCode());
			line.put("section", team.section());
			line.put("fulfilment", formats.percent(team.fulfilment()));
			line.put("band", Formats.band(team.fulfilment()));
			line.put("monthsBelow", String.valueOf(team.monthsBelowPlan()));
			line.put("striving", formats.text(team.strivingTitle() ? "yes" : "no"));
			return line;
		});
	}

	private static String team(String code, String name) {
		return name == null ? code : code + " " + name;
	}

	private String enterpriseLabel(String code) {
		Enterprise enterprise = enterprises.get(code);
		return enterprise == null ? code : Formats.named(enterprise.name(), code);
	}

}
