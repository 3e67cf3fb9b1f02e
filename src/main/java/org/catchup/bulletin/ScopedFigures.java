package org.catchup.bulletin;

import java.util.List;
import java.util.Set;

import org.catchup.figures.AssistanceOutcome;
import org.catchup.figures.Band;
import org.catchup.figures.Fulfilment;
import org.catchup.figures.Headline;
import org.catchup.figures.MonthlyFigures;
import org.catchup.figures.RankingRow;
import org.catchup.figures.RowsByEnterprise;
import org.catchup.figures.SubmissionStatus;
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
		List<RankingRow> ranking = within(all.ranking(), codes).stream().filter(r -> codes.contains(r.enterprise().code())).toList();
		List<TeamNeedingHelp> teams = within(all.teamsNeedingHelp(), codes).stream()
			.filter(t -> codes.contains(t.enterpriseCode()))
			.toList();
		var laggards = within(all.hiddenLaggards(), codes).stream()
			.filter(l -> codes.contains(l.enterprise().code()))
			.toList();
		var pairs = within(all.assistancePairs(), codes).stream()
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
				within(all.fulfilmentOverYear(), codes).stream().filter(s -> codes.contains(s.enterprise().code())).toList(), teams,
				laggards, all.pioneersFallingBehind().stream().filter(p -> codes.contains(p.enterprise().code())).toList(),
				pairs, submissions,
				within(all.dataWarnings(), codes).stream().filter(w -> codes.contains(w.enterpriseCode())).toList(),
				within(all.catchUpOutlook(), codes).stream().filter(o -> codes.contains(o.enterprise().code())).toList(), results,
				all.teamsToLearnFrom().stream().filter(t -> codes.contains(t.enterpriseCode())).toList());
	}

	/**
	 * The rows of {@code list} that may concern {@code codes}: a list kept in a file is read only
	 * where those enterprises' rows are, a computed one computes only theirs, any other is taken
	 * whole; the caller filters either.
	 */
	private static <T> List<T> within(List<T> list, Set<String> codes) {
		return list instanceof RowsByEnterprise<?> rows ? cast(rows.of(codes)) : list;
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> cast(List<?> rows) {
		return (List<T>) rows;
	}

}
