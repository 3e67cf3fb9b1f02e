package org.catchup.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of SPEC §6 judged team by team, computed one enterprise at a time: each
 * enterprise's teams needing help and teams come back from {@link #add} to the caller, who keeps
 * them as it likes (a list, a file) and sums the enterprise's rows for the {@link EnterpriseFigures};
 * what needs every enterprise at once is gathered here: the candidates of the assistance pairing,
 * the best teams to learn from and the rows of the registered teams. So only one enterprise's
 * history is in memory at a time, besides the pairing candidates (a few dozen bytes per team below
 * plan or at 105 % and more in the month).
 */
public final class TeamFigures {

	private static final BigDecimal HELPER_LINE = AssistancePairing.HELPER_THRESHOLD;

	private final YearMonth month;

	private final int maxTeamsPerHelper;

	private final List<RegisteredAssistance> register;

	private final Set<TeamKey> registeredTeams = new HashSet<>();

	private final List<TeamIndicatorMonth> registeredRows = new ArrayList<>();

	/** Teams below plan; whether their enterprise is below plan is filled in by {@link #offerHelp}. */
	private PairingCandidates needing = new PairingCandidates();

	private PairingCandidates helpers = new PairingCandidates();

	private final TeamsToLearnFrom.Best best = new TeamsToLearnFrom.Best();

	private OfferedHelp offered;

	private int criticalTeams;

	/**
	 * @param maxTeamsPerHelper how many teams one helper team may take (SPEC: 2)
	 * @param register the assistance register; the pairs active in the month are reported
	 */
	public TeamFigures(YearMonth month, int maxTeamsPerHelper, List<RegisteredAssistance> register) {
		this.month = month;
		this.maxTeamsPerHelper = maxTeamsPerHelper;
		this.register = List.copyOf(register);
		for (RegisteredAssistance pair : register) {
			registeredTeams.add(new TeamKey(pair.helpedEnterpriseCode(), pair.helpedTeamCode()));
			registeredTeams.add(new TeamKey(pair.helperEnterpriseCode(), pair.helperTeamCode()));
		}
	}

	/**
	 * One enterprise's team-level figures from all its rows of the window (see
	 * {@link FiguresInput#facts()}); call once per enterprise with rows, before {@link #offerHelp}.
	 */
	public TeamSlice add(String enterpriseCode, List<TeamIndicatorMonth> facts) {
		if (offered != null) {
			throw new IllegalStateException("The pairing is done: no enterprise can be added");
		}
		TeamMonths teams = new TeamMonths(facts);
		List<TeamNeedingHelp> below = new HelpNeeds(teams).find(month);
		Map<String, Integer> monthsBelow = new HashMap<>();
		for (TeamNeedingHelp team : below) {
			needing.add(enterpriseCode, team.teamCode(), team.mainIndicator(), team.fulfilment().percent());
			monthsBelow.put(team.teamCode(), team.monthsBelowPlan());
			if (team.band() == Band.CRITICAL) {
				criticalTeams++;
			}
		}
		List<TeamInMonth> all = new ArrayList<>();
		for (TeamMonth team : teams.in(month)) {
			Fulfilment fulfilment = team.fulfilment();
			if (fulfilment.isDefined() && fulfilment.percent().compareTo(HELPER_LINE) >= 0) {
				// the pairing reads a helper's percent to the hundredth of a point only (its surplus)
				helpers.add(enterpriseCode, team.key().teamCode(), team.mainIndicator(),
						fulfilment.percent().setScale(2, RoundingMode.HALF_UP));
			}
			all.add(new TeamInMonth(team.key().enterpriseCode(), team.key().teamCode(), team.teamName(), team.section(),
					fulfilment, monthsBelow.getOrDefault(team.key().teamCode(), 0)));
		}
		new TeamsToLearnFrom(teams).candidates(month).forEach(best::offer);
		if (!registeredTeams.isEmpty()) {
			facts.stream().filter(row -> registeredTeams.contains(TeamKey.of(row))).forEach(registeredRows::add);
		}
		return new TeamSlice(enterpriseCode, below, List.copyOf(all));
	}

	/**
	 * Call after the last {@link #add}: gives back the room kept for more pairing candidates
	 * (up to a third of what they hold) before the enterprise figures are made.
	 */
	public void allAdded() {
		needing.trim();
		helpers.trim();
	}

	/**
	 * The optimal pairing over every enterprise added; once, after the last {@link #add}, when the
	 * enterprises' totals are known (which decide where a team's helpers come from).
	 */
	public OfferedHelp offerHelp(EnterpriseFigures enterprises) {
		if (offered == null) {
			Map<String, Boolean> enterpriseBelowPlan = new HashMap<>();
			for (int i = 0; i < needing.size(); i++) {
				needing.setEnterpriseBelowPlan(i, enterpriseBelowPlan.computeIfAbsent(needing.enterpriseCode(i),
						code -> enterprises.fulfilment(code).isBelowPlan()));
			}
			needing.trim();
			helpers.trim();
			offered = new OfferedHelp(needing, helpers, new AssistancePairing(maxTeamsPerHelper).pair(needing, helpers));
			needing.dropPercents();
			helpers.dropPercents();
			// the offers keep what they need of the candidates
			needing = null;
			helpers = null;
		}
		return offered;
	}

	/**
	 * The month's figures: the team-level lists as the caller kept them, each in the order of the
	 * enterprise codes, after {@link #offerHelp}.
	 */
	public MonthlyFigures figures(EnterpriseFigures enterprises, List<TeamNeedingHelp> teamsNeedingHelpWithHelpers,
			List<HiddenLaggard> laggards, List<AssistancePair> assistancePairs, List<DataWarning> warnings) {
		List<AssistanceResult> results = new AssistanceResults(new TeamMonths(registeredRows)).of(month, register);
		List<RankingRow> ranking = enterprises.ranking();
		Headline headline = new Headline(enterprises.monthTotal(), enterprises.yearToDateTotal(),
				(int) ranking.stream().filter(RankingRow::isRanked).count(),
				(int) ranking.stream().filter(row -> row.month().isDefined() && !row.month().isBelowPlan()).count(),
				teamsNeedingHelpWithHelpers.size(), criticalTeams, offerHelp(enterprises).size(), laggards.size(),
				(int) enterprises.submissions().stream().filter(row -> row.status() == SubmissionStatus.MISSING).count(),
				results.size(),
				(int) results.stream().filter(result -> result.outcome() == AssistanceOutcome.CAUGHT_UP).count());
		return new MonthlyFigures(month, headline, ranking, enterprises.fulfilmentOverYear(),
				teamsNeedingHelpWithHelpers, laggards, enterprises.pioneersFallingBehind(), assistancePairs,
				enterprises.submissions(), warnings, enterprises.catchUpOutlook(), results, best.ranked());
	}

}
