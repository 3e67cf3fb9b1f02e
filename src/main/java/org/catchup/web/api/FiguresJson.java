package org.catchup.web.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.catchup.bulletin.MonthNotice;
import org.catchup.figures.AssistancePair;
import org.catchup.figures.Fulfilment;
import org.catchup.figures.MonthlyFigures;
import org.catchup.figures.RankingRow;
import org.catchup.figures.TeamNeedingHelp;
import org.catchup.i18n.Texts;

/**
 * A month's figures for scripts: percentages as shown in the bulletin (one decimal, two where
 * one would round up to a line; null for n/a), changes in percentage points. {@code hasData}
 * false: nothing was loaded for the month; {@code preliminary} true: some submissions are
 * missing (listed), so the ranking may change.
 */
record FiguresJson(String month, boolean hasData, boolean preliminary, String notice,
		List<MissingSubmission> missingSubmissions, Headline headline, List<Ranked> ranking, List<Team> teamsNeedingHelp,
		List<Pair> assistancePairs) {

	/** A submitting enterprise whose figures the month lacks: status MISSING or REJECTED. */
	record MissingSubmission(String enterpriseCode, String enterprise, String status) {
	}

	record Headline(BigDecimal fulfilmentPercent, BigDecimal yearToDatePercent, int teamsNeedingHelp,
			int criticalTeams, int assistancePairs, int hiddenLaggards, int missingSubmissions) {
	}

	record Ranked(int rank, int level, String enterpriseCode, String enterprise, String parentCode,
			BigDecimal planValue, BigDecimal actualValue, BigDecimal fulfilmentPercent, BigDecimal yearToDatePercent,
			BigDecimal changeVsPreviousMonth) {
	}

	record Team(String enterpriseCode, String teamCode, String team, String section, BigDecimal fulfilmentPercent,
			String band, int monthsBelowPlan, BigDecimal changeVsPreviousMonth, String helperTeamCode,
			String helperEnterpriseCode) {
	}

	record Pair(String enterpriseCode, String teamCode, String team, BigDecimal teamPercent,
			String helperEnterpriseCode, String helperTeamCode, String helperTeam, BigDecimal helperPercent,
			String indicator) {
	}

	/** @param texts the API's words: English, whatever the caller's language (README, JSON API) */
	static FiguresJson of(MonthlyFigures figures, Texts texts) {
		var h = figures.headline();
		return new FiguresJson(figures.month().toString(), figures.hasData(), figures.isPreliminary(),
				MonthNotice.of(figures, texts),
				figures.missingSubmissions()
					.stream()
					.map(row -> new MissingSubmission(row.enterprise().code(), row.enterprise().name(),
							row.status().name()))
					.toList(),
				new Headline(h.month().shownPercent(), h.yearToDate().shownPercent(), h.teamsNeedingHelp(),
						h.criticalTeams(), h.assistancePairs(), h.hiddenLaggards(), figures.missingSubmissions().size()),
				figures.ranking().stream().map(FiguresJson::ranked).toList(),
				figures.teamsNeedingHelp().stream().map(FiguresJson::team).toList(),
				figures.assistancePairs().stream().map(FiguresJson::pair).toList());
	}

	private static Ranked ranked(RankingRow row) {
		Fulfilment month = row.month();
		return new Ranked(row.rank(), row.level(), row.enterprise().code(), row.enterprise().name(),
				row.enterprise().parentCode(), month.planValue(), month.actualValue(), month.shownPercent(),
				row.yearToDate() == null ? null : row.yearToDate().shownPercent(), oneDecimal(row.changeVsPreviousMonth()));
	}

	private static Team team(TeamNeedingHelp t) {
		return new Team(t.enterpriseCode(), t.teamCode(), t.teamName(), t.section(), t.fulfilment().shownPercent(),
				t.band().name(), t.monthsBelowPlan(), oneDecimal(t.changeVsPreviousMonth()), t.helperTeamCode(),
				t.helperEnterpriseCode());
	}

	private static Pair pair(AssistancePair p) {
		return new Pair(p.enterpriseCode(), p.teamCode(), p.teamName(), p.teamFulfilment().shownPercent(),
				p.helperEnterpriseCode(), p.helperTeamCode(), p.helperTeamName(), p.helperFulfilment().shownPercent(),
				p.indicator());
	}

	private static BigDecimal oneDecimal(BigDecimal value) {
		return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
	}

}
