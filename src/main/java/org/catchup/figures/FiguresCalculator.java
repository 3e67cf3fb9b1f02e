package org.catchup.figures;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes every figure of SPEC §6 for one month from plain facts. Pure and stateless between
 * calls: the same input always gives the same figures.
 */
public final class FiguresCalculator {

	public MonthlyFigures calculate(FiguresInput input) {
		YearMonth month = Objects.requireNonNull(input.month(), "month");
		List<TeamIndicatorMonth> facts = orEmpty(input.facts());
		List<AnnualPlanValue> plans = orEmpty(input.annualPlans());
		EnterpriseTree tree = new EnterpriseTree(orEmpty(input.enterprises()));
		TeamMonths teams = new TeamMonths(facts);
		EnterpriseFulfilments fulfilments = new EnterpriseFulfilments(tree, facts, plans);
		EnterpriseRanking ranking = new EnterpriseRanking(tree);
		Map<YearMonth, EnterpriseRanking.Standing> standings = new HashMap<>();
		EnterpriseRanking.Standing now = standings.computeIfAbsent(month,
				m -> ranking.rank(fulfilments.allInMonth(m)));

		List<RankingRow> rankingRows = rankingRows(now, fulfilments, month);
		List<TeamNeedingHelp> needing = new HelpNeeds(teams).find(month);
		List<AssistancePairing.Pair> pairs = new AssistancePairing(input.maxTeamsPerHelper())
			.pair(needingCandidates(needing, fulfilments, month), strongCandidates(teams, month));
		List<TeamNeedingHelp> needingWithHelpers = withHelpers(needing, pairs);
		List<HiddenLaggard> laggards = new HiddenLaggards(tree, teams, fulfilments).find(month);
		List<PioneerFallingBehind> pioneers = new PioneerWatch(tree, fulfilments,
				m -> standings.computeIfAbsent(m, key -> ranking.rank(fulfilments.allInMonth(key))))
			.find(month);
		List<SubmissionStatusRow> submissions = new SubmissionStatuses(tree).of(month,
				orEmpty(input.submissions()), input.deadline());
		List<DataWarning> warnings = new ArrayList<>(orEmpty(input.warnings()));
		warnings.sort(Comparator.comparing(DataWarning::enterpriseCode, Comparator.nullsLast(Comparator.naturalOrder())));
		List<FulfilmentSeries> series = tree.enterprises()
			.stream()
			.map(enterprise -> new FulfilmentSeries(enterprise, fulfilments.overYear(enterprise.code(), month)))
			.toList();
		List<CatchUpOutlook> outlook = new CatchUpOutlooks(tree, fulfilments, input.reachablePace()).of(month);
		List<AssistanceResult> assistance = new AssistanceResults(teams).of(month,
				orEmpty(input.registeredAssistance()));
		List<TeamToLearnFrom> models = new TeamsToLearnFrom(teams).find(month);

		Headline headline = new Headline(HeadlineTotals.month(facts, month),
				HeadlineTotals.yearToDate(facts, plans, month),
				(int) rankingRows.stream().filter(RankingRow::isRanked).count(),
				(int) rankingRows.stream().filter(row -> row.month().isDefined() && !row.month().isBelowPlan()).count(),
				needingWithHelpers.size(), (int) needingWithHelpers.stream().filter(team -> team.band() == Band.CRITICAL).count(),
				pairs.size(), laggards.size(),
				(int) submissions.stream().filter(row -> row.status() == SubmissionStatus.MISSING).count(),
				assistance.size(),
				(int) assistance.stream().filter(result -> result.outcome() == AssistanceOutcome.CAUGHT_UP).count());
		return new MonthlyFigures(month, headline, rankingRows, series, needingWithHelpers, laggards, pioneers,
				assistancePairs(pairs, teams, month), submissions, List.copyOf(warnings), outlook, assistance, models);
	}

	private static List<RankingRow> rankingRows(EnterpriseRanking.Standing standing, EnterpriseFulfilments fulfilments,
			YearMonth month) {
		return standing.places().stream().map(place -> {
			String code = place.enterprise().code();
			Fulfilment previous = fulfilments.month(code, month.minusMonths(1));
			return new RankingRow(place.rank(), place.level(), place.enterprise(), place.fulfilment(),
					fulfilments.yearToDate(code, month), place.fulfilment().changeFrom(previous));
		}).toList();
	}

	private static List<AssistancePairing.Candidate> needingCandidates(List<TeamNeedingHelp> needing,
			EnterpriseFulfilments fulfilments, YearMonth month) {
		Map<String, Boolean> enterpriseBelow = new HashMap<>();
		return needing.stream()
			.map(team -> new AssistancePairing.Candidate(new TeamKey(team.enterpriseCode(), team.teamCode()),
					team.mainIndicator(), team.fulfilment().percent(), enterpriseBelow.computeIfAbsent(
							team.enterpriseCode(), code -> fulfilments.month(code, month).isBelowPlan())))
			.toList();
	}

	private static List<AssistancePairing.Candidate> strongCandidates(TeamMonths teams, YearMonth month) {
		return teams.in(month)
			.stream()
			.filter(team -> team.fulfilment().isDefined())
			.map(team -> new AssistancePairing.Candidate(team.key(), team.mainIndicator(),
					team.fulfilment().percent(), false))
			.toList();
	}

	private static List<TeamNeedingHelp> withHelpers(List<TeamNeedingHelp> needing, List<AssistancePairing.Pair> pairs) {
		Map<TeamKey, TeamKey> helperOf = new HashMap<>();
		pairs.forEach(pair -> helperOf.put(pair.team().key(), pair.helper().key()));
		return needing.stream().map(team -> {
			TeamKey helper = helperOf.get(new TeamKey(team.enterpriseCode(), team.teamCode()));
			return helper == null ? team
					: new TeamNeedingHelp(team.enterpriseCode(), team.teamCode(), team.teamName(), team.section(),
							team.mainIndicator(), team.fulfilment(), team.band(), team.monthsBelowPlan(),
							team.changeVsPreviousMonth(), helper.teamCode(), helper.enterpriseCode());
		}).toList();
	}

	private static List<AssistancePair> assistancePairs(List<AssistancePairing.Pair> pairs, TeamMonths teams,
			YearMonth month) {
		return pairs.stream().map(pair -> {
			TeamMonth team = teams.get(month, pair.team().key());
			TeamMonth helper = teams.get(month, pair.helper().key());
			return new AssistancePair(team.key().enterpriseCode(), team.key().teamCode(), team.teamName(),
					team.fulfilment(), helper.key().enterpriseCode(), helper.key().teamCode(), helper.teamName(),
					helper.fulfilment(), pair.team().indicator());
		}).toList();
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}

}
