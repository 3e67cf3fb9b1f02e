package org.catchup.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of SPEC §6 judged per enterprise for one month: the ranking with year to date and
 * change, each enterprise's fulfilment over the year, pioneers falling behind, the catch-up
 * outlook, the submission status and the totals of the month. Computed from the enterprises' own
 * rows summed per month ({@link EnterpriseMonth}), so its size follows the number of enterprises,
 * not of teams. The team-level figures build on it ({@link TeamFigures}).
 */
public final class EnterpriseFigures {

	private final YearMonth month;

	private final EnterpriseTree tree;

	private final EnterpriseFulfilments fulfilments;

	private final List<RankingRow> ranking;

	private final List<FulfilmentSeries> series;

	private final List<PioneerFallingBehind> pioneers;

	private final List<SubmissionStatusRow> submissions;

	private final List<CatchUpOutlook> outlook;

	private final Fulfilment monthTotal;

	private final Fulfilment yearToDateTotal;

	/**
	 * @param sums every enterprise's own rows summed per month, from January of the year before
	 * {@code month}'s through {@code month} (see {@link FiguresInput#facts()})
	 * @param reachablePace null for SPEC's 120
	 */
	public EnterpriseFigures(YearMonth month, List<Enterprise> enterprises, List<EnterpriseMonth> sums,
			List<AnnualPlanValue> plans, List<SubmissionFact> submissionFacts, LocalDate deadline,
			BigDecimal reachablePace) {
		this.month = Objects.requireNonNull(month, "month");
		this.tree = new EnterpriseTree(enterprises);
		this.fulfilments = EnterpriseFulfilments.ofSums(tree, sums, plans);
		EnterpriseRanking ranking = new EnterpriseRanking(tree);
		this.ranking = rankingRows(ranking.rank(fulfilments.allInMonth(month)), fulfilments, month);
		Map<YearMonth, EnterpriseRanking.Standing> earlier = new HashMap<>();
		this.pioneers = new PioneerWatch(tree, fulfilments,
				m -> earlier.computeIfAbsent(m, key -> ranking.rank(fulfilments.allInMonth(key)).topThirds()))
			.find(month);
		this.submissions = new SubmissionStatuses(tree).of(month, submissionFacts, deadline);
		List<Enterprise> byCode = List.copyOf(tree.enterprises());
		this.series = new ComputedRows<>(byCode, i -> new FulfilmentSeries(byCode.get(i),
				fulfilments.overYear(byCode.get(i).code(), month)));
		this.outlook = new CatchUpOutlooks(tree, fulfilments, reachablePace).of(month);
		this.monthTotal = HeadlineTotals.month(sums, month);
		this.yearToDateTotal = HeadlineTotals.yearToDate(sums, plans, month);
	}

	public YearMonth month() {
		return month;
	}

	/** Each level's ranking, ordered by level, then rank (n/a last), then code. */
	public List<RankingRow> ranking() {
		return ranking;
	}

	/** Every enterprise's fulfilment from January through the month, by code. */
	public List<FulfilmentSeries> fulfilmentOverYear() {
		return series;
	}

	public List<PioneerFallingBehind> pioneersFallingBehind() {
		return pioneers;
	}

	/** Every submitting enterprise's status for the month, by code. */
	public List<SubmissionStatusRow> submissions() {
		return submissions;
	}

	public List<CatchUpOutlook> catchUpOutlook() {
		return outlook;
	}

	/** The month's fulfilment of every submitting unit together. */
	public Fulfilment monthTotal() {
		return monthTotal;
	}

	/** Actual value January..month against every annual plan of the year. */
	public Fulfilment yearToDateTotal() {
		return yearToDateTotal;
	}

	/** The enterprise's fulfilment in the month (with the units below it); n/a for none. */
	public Fulfilment fulfilment(String enterpriseCode) {
		return fulfilments.month(enterpriseCode, month);
	}

	/**
	 * The enterprise as a hidden laggard (SPEC §6): at or above plan in the month while some of its
	 * own teams are below; null when it is not one.
	 *
	 * @param below its teams below plan, as {@link TeamSlice#teamsNeedingHelp()} lists them
	 */
	public HiddenLaggard hiddenLaggard(String enterpriseCode, List<TeamNeedingHelp> below) {
		return HiddenLaggards.of(tree.get(enterpriseCode), fulfilment(enterpriseCode), below.stream()
			.map(team -> new LaggingTeam(team.teamCode(), team.teamName(), team.fulfilment()))
			.toList());
	}

	private static List<RankingRow> rankingRows(EnterpriseRanking.Standing standing, EnterpriseFulfilments fulfilments,
			YearMonth month) {
		List<Enterprise> enterprises = standing.places().stream().map(EnterpriseRanking.Place::enterprise).toList();
		int[] ranks = standing.places().stream().mapToInt(EnterpriseRanking.Place::rank).toArray();
		int[] levels = standing.places().stream().mapToInt(EnterpriseRanking.Place::level).toArray();
		return new ComputedRows<>(enterprises, i -> {
			String code = enterprises.get(i).code();
			Fulfilment now = fulfilments.month(code, month);
			Fulfilment previous = fulfilments.month(code, month.minusMonths(1));
			return new RankingRow(ranks[i], levels[i], enterprises.get(i), now, fulfilments.yearToDate(code, month),
					now.changeFrom(previous));
		});
	}

}
