package org.catchup.bulletin;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.catchup.figures.AssistanceOutcome;
import org.catchup.figures.Band;
import org.catchup.figures.Fulfilment;
import org.catchup.figures.Headline;
import org.catchup.figures.MonthlyFigures;
import org.catchup.figures.RankingRow;
import org.catchup.figures.SubmissionStatus;
import org.catchup.figures.TeamIndicatorMonth;
import org.catchup.figures.TeamNeedingHelp;

/**
 * One enterprise's (or combine's) part of the month's combine-wide figures. Cut from the whole
 * rather than computed on the scope alone, so its ranking line keeps its real rank among its
 * peers, its teams keep helpers from other enterprises, and a helper outside the scope still
 * shows its own fulfilment.
 */
final class ScopedFigures {

	private ScopedFigures() {
	}

	/** @param codes the scope's enterprise and every unit below it */
	static MonthlyFigures of(MonthlyFigures all, String root, Set<String> codes) {
		List<RankingRow> ranking = all.ranking().stream().filter(r -> codes.contains(r.enterprise().code())).toList();
		List<TeamNeedingHelp> teams = all.teamsNeedingHelp()
			.stream()
			.filter(t -> codes.contains(t.enterpriseCode()))
			.toList();
		var laggards = all.hiddenLaggards().stream().filter(l -> codes.contains(l.enterprise().code())).toList();
		var pairs = all.assistancePairs()
			.stream()
			.filter(p -> codes.contains(p.enterpriseCode()) || codes.contains(p.helperEnterpriseCode()))
			.toList();
		var submissions = all.submissions().stream().filter(s -> codes.contains(s.enterprise().code())).toList();
		var results = all.assistanceResults()
			.stream()
			.filter(r -> codes.contains(r.helpedEnterpriseCode()) || codes.contains(r.helperEnterpriseCode()))
			.toList();
		RankingRow own = ranking.stream().filter(r -> r.enterprise().code().equals(root)).findFirst().orElse(null);
		Headline headline = new Headline(own == null ? Fulfilment.NONE : own.month(),
				own == null ? Fulfilment.NONE : own.yearToDate(), (int) ranking.stream().filter(RankingRow::isRanked).count(),
				(int) ranking.stream().filter(r -> r.month().isDefined() && !r.month().isBelowPlan()).count(),
				teams.size(), (int) teams.stream().filter(t -> t.band() == Band.CRITICAL).count(), pairs.size(),
				laggards.size(), (int) submissions.stream().filter(s -> s.status() == SubmissionStatus.MISSING).count(),
				results.size(), (int) results.stream().filter(r -> r.outcome() == AssistanceOutcome.CAUGHT_UP).count());
		return new MonthlyFigures(all.month(), headline, ranking,
				all.fulfilmentOverYear().stream().filter(s -> codes.contains(s.enterprise().code())).toList(), teams,
				laggards, all.pioneersFallingBehind().stream().filter(p -> codes.contains(p.enterprise().code())).toList(),
				pairs, submissions, all.dataWarnings().stream().filter(w -> codes.contains(w.enterpriseCode())).toList(),
				all.catchUpOutlook().stream().filter(o -> codes.contains(o.enterprise().code())).toList(), results,
				all.teamsToLearnFrom().stream().filter(t -> codes.contains(t.enterpriseCode())).toList());
	}

	/**
	 * Every team of the scope with a row in the month, by enterprise then team code: its
	 * fulfilment summed over its rows, its months below plan as the teams needing help count
	 * them, and whether it strives for the title.
	 */
	static EnterpriseTeams teams(MonthlyFigures all, List<TeamIndicatorMonth> facts, Set<String> codes,
			Set<String> striving) {
		YearMonth month = all.month();
		Map<String, Integer> monthsBelow = new HashMap<>();
		all.teamsNeedingHelp()
			.forEach(t -> monthsBelow.put(StrivingTitles.key(t.enterpriseCode(), t.teamCode()), t.monthsBelowPlan()));
		Map<String, List<TeamIndicatorMonth>> byTeam = new TreeMap<>();
		facts.stream()
			.filter(f -> f.period().equals(month) && codes.contains(f.enterpriseCode()))
			.forEach(f -> byTeam.computeIfAbsent(StrivingTitles.key(f.enterpriseCode(), f.teamCode()),
					key -> new ArrayList<>())
				.add(f));
		List<EnterpriseTeams.Team> teams = new ArrayList<>();
		byTeam.forEach((key, rows) -> {
			rows.sort(Comparator.comparing(TeamIndicatorMonth::indicator));
			Fulfilment fulfilment = Fulfilment.NONE;
			for (TeamIndicatorMonth row : rows) {
				fulfilment = fulfilment.plus(new Fulfilment(row.planValue(), row.actualValue()));
			}
			TeamIndicatorMonth first = rows.get(0);
			teams.add(new EnterpriseTeams.Team(first.enterpriseCode(), first.teamCode(), first.teamName(),
					first.section(), fulfilment, monthsBelow.getOrDefault(key, 0), striving.contains(key)));
		});
		return new EnterpriseTeams(List.copyOf(teams));
	}

}
