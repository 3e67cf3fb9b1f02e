package org.catchup.bulletin.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.catchup.figures.AssistancePair;
import org.catchup.figures.DataWarning;
import org.catchup.figures.Enterprise;
import org.catchup.figures.HiddenLaggard;
import org.catchup.figures.LaggingTeam;
import org.catchup.figures.MonthlyFigures;
import org.catchup.figures.PioneerFallingBehind;
import org.catchup.figures.RankingRow;
import org.catchup.figures.SubmissionStatusRow;
import org.catchup.figures.TeamNeedingHelp;

/**
 * Turns the month's figures into the rows of the table sections: flat maps of ready-made
 * strings whose keys are the field names of the matching template.
 */
final class SectionRows {

	private static final String NONE = "—";

	private final MonthlyFigures figures;

	private final Map<String, Enterprise> enterprises = new HashMap<>();

	SectionRows(MonthlyFigures figures) {
		this.figures = figures;
		figures.ranking().forEach(row -> enterprises.put(row.enterprise().code(), row.enterprise()));
		figures.fulfilmentOverYear().forEach(series -> enterprises.put(series.enterprise().code(), series.enterprise()));
		figures.submissions().forEach(row -> enterprises.put(row.enterprise().code(), row.enterprise()));
	}

	/** Each level's ranking in turn; ranked rows by rank then code, unranked (n/a) last. */
	List<Map<String, ?>> ranking() {
		List<RankingRow> rows = new ArrayList<>(figures.ranking());
		rows.sort(Comparator.comparingInt(RankingRow::level)
			.thenComparing(row -> !row.isRanked())
			.thenComparingInt(RankingRow::rank)
			.thenComparing(row -> row.enterprise().code()));
		List<Map<String, ?>> lines = new ArrayList<>();
		for (RankingRow row : rows) {
			Map<String, Object> line = new HashMap<>();
			line.put("level", row.level() == 0 ? "Top level" : "Level " + row.level());
			line.put("rank", row.isRanked() ? String.valueOf(row.rank()) : NONE);
			line.put("code", row.enterprise().code());
			line.put("name", row.enterprise().name());
			line.put("parent", row.enterprise().parentCode());
			line.put("fulfilment", Formats.percent(row.month()));
			line.put("band", Formats.band(row.month()));
			line.put("ytd", Formats.percent(row.yearToDate()));
			line.put("change", Formats.points(row.changeVsPreviousMonth()));
			lines.add(line);
		}
		return lines;
	}

	/** Teams below plan, kept together per enterprise in the order enterprises first appear. */
	List<Map<String, ?>> teamsNeedingHelp() {
		Map<String, List<TeamNeedingHelp>> byEnterprise = new LinkedHashMap<>();
		figures.teamsNeedingHelp()
			.forEach(team -> byEnterprise.computeIfAbsent(team.enterpriseCode(), code -> new ArrayList<>()).add(team));
		List<Map<String, ?>> lines = new ArrayList<>();
		byEnterprise.forEach((code, teams) -> {
			String label = enterpriseLabel(code) + " · " + teams.size() + (teams.size() == 1 ? " team" : " teams");
			for (TeamNeedingHelp team : teams) {
				Map<String, Object> line = new HashMap<>();
				line.put("enterprise", label);
				line.put("teamCode", team.teamCode());
				line.put("team", team.teamName());
				line.put("section", team.section());
				line.put("fulfilment", Formats.percent(team.fulfilment()));
				line.put("band", team.band() == null ? null : team.band().label());
				line.put("monthsBelow", String.valueOf(team.monthsBelowPlan()));
				line.put("change", Formats.points(team.changeVsPreviousMonth()));
				line.put("helper", team.helperTeamCode() == null ? NONE
						: team.helperTeamCode() + " (" + team.helperEnterpriseCode() + ")");
				lines.add(line);
			}
		});
		return lines;
	}

	List<Map<String, ?>> hiddenLaggards() {
		List<Map<String, ?>> lines = new ArrayList<>();
		for (HiddenLaggard laggard : figures.hiddenLaggards()) {
			String label = Formats.named(laggard.enterprise().name(), laggard.enterprise().code()) + " · "
					+ Formats.percent(laggard.enterpriseFulfilment()) + " overall";
			for (LaggingTeam team : laggard.teams()) {
				Map<String, Object> line = new HashMap<>();
				line.put("enterprise", label);
				line.put("teamCode", team.teamCode());
				line.put("team", team.teamName());
				line.put("fulfilment", Formats.percent(team.fulfilment()));
				line.put("band", Formats.band(team.fulfilment()));
				lines.add(line);
			}
		}
		return lines;
	}

	List<Map<String, ?>> pioneers() {
		List<Map<String, ?>> lines = new ArrayList<>();
		for (PioneerFallingBehind pioneer : figures.pioneersFallingBehind()) {
			Map<String, Object> line = new HashMap<>();
			line.put("code", pioneer.enterprise().code());
			line.put("name", pioneer.enterprise().name());
			line.put("fulfilment", Formats.percent(pioneer.month()));
			line.put("reason", pioneer.reason());
			lines.add(line);
		}
		return lines;
	}

	List<Map<String, ?>> assistancePairs() {
		List<Map<String, ?>> lines = new ArrayList<>();
		for (AssistancePair pair : figures.assistancePairs()) {
			Map<String, Object> line = new HashMap<>();
			line.put("team", pair.teamCode() + " " + pair.teamName());
			line.put("enterprise", pair.enterpriseCode());
			line.put("fulfilment", Formats.percent(pair.teamFulfilment()));
			line.put("helper", pair.helperTeamCode() + " " + pair.helperTeamName());
			line.put("helperEnterprise", pair.helperEnterpriseCode());
			line.put("helperFulfilment", Formats.percent(pair.helperFulfilment()));
			line.put("indicator", pair.indicator());
			lines.add(line);
		}
		return lines;
	}

	List<Map<String, ?>> submissions() {
		List<Map<String, ?>> lines = new ArrayList<>();
		for (SubmissionStatusRow row : figures.submissions()) {
			Map<String, Object> line = new HashMap<>();
			line.put("code", row.enterprise().code());
			line.put("name", row.enterprise().name());
			line.put("status", row.status().name());
			line.put("version", row.version() == null ? NONE : String.valueOf(row.version()));
			line.put("received", row.received() == null ? NONE : Formats.dateTime(row.received()));
			lines.add(line);
		}
		return lines;
	}

	List<Map<String, ?>> dataWarnings() {
		List<Map<String, ?>> lines = new ArrayList<>();
		for (DataWarning warning : figures.dataWarnings()) {
			Map<String, Object> line = new HashMap<>();
			line.put("enterprise", warning.enterpriseCode());
			line.put("code", warning.code());
			line.put("location", warning.location());
			line.put("message", warning.message());
			lines.add(line);
		}
		return lines;
	}

	private String enterpriseLabel(String code) {
		Enterprise enterprise = enterprises.get(code);
		return enterprise == null ? code : Formats.named(enterprise.name(), code);
	}

}
