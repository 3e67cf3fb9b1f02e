package org.catchup.figures;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Whether agreed help worked (SPEC §6b): every registered pair active in the month, with the
 * helped and the helper team's fulfilment before the help (the month before From) and now.
 * Caught up needs the helped team at or above 100 % in the month and in the month before, both
 * within the help (so From is at least a month back); improving needs now above before, both
 * defined; otherwise not yet. A helper without a row in the month has not slipped: nothing
 * shows it below plan.
 */
final class AssistanceResults {

	static final Comparator<RegisteredAssistance> ORDER = Comparator
		.comparing(RegisteredAssistance::helpedEnterpriseCode)
		.thenComparing(RegisteredAssistance::helpedTeamCode)
		.thenComparing(RegisteredAssistance::helperEnterpriseCode)
		.thenComparing(RegisteredAssistance::helperTeamCode)
		.thenComparing(RegisteredAssistance::from);

	/** How far back the helped team's chart starts before the help began. */
	static final int MONTHS_BEFORE_HELP = 3;

	private final TeamMonths teams;

	AssistanceResults(TeamMonths teams) {
		this.teams = teams;
	}

	/** Ordered by helped enterprise and team, then helper enterprise and team, then From. */
	List<AssistanceResult> of(YearMonth month, Collection<RegisteredAssistance> register) {
		return register.stream()
			.filter(registered -> registered.isActiveIn(month))
			.sorted(ORDER)
			.map(registered -> result(registered, month))
			.toList();
	}

	private AssistanceResult result(RegisteredAssistance registered, YearMonth month) {
		TeamKey helped = new TeamKey(registered.helpedEnterpriseCode(), registered.helpedTeamCode());
		TeamKey helper = new TeamKey(registered.helperEnterpriseCode(), registered.helperTeamCode());
		YearMonth before = registered.from().minusMonths(1);
		YearMonth previous = month.minusMonths(1);
		Fulfilment helpedBefore = fulfilment(helped, before);
		Fulfilment helpedNow = fulfilment(helped, month);
		Fulfilment helperNow = fulfilment(helper, month);

		AssistanceOutcome outcome;
		if (!registered.from().isAfter(previous) && atOrAbovePlan(helpedNow)
				&& atOrAbovePlan(fulfilment(helped, previous))) {
			outcome = AssistanceOutcome.CAUGHT_UP;
		}
		else if (helpedNow.isDefined() && helpedBefore.isDefined() && ExactPercent.compare(helpedNow, helpedBefore) > 0) {
			outcome = AssistanceOutcome.IMPROVING;
		}
		else {
			outcome = AssistanceOutcome.NOT_YET;
		}
		int monthsOfHelp = (int) registered.from().until(month, ChronoUnit.MONTHS) + 1;
		return new AssistanceResult(helped.enterpriseCode(), helped.teamCode(), teams.latestName(helped, month),
				helper.enterpriseCode(), helper.teamCode(), teams.latestName(helper, month), registered.from(),
				registered.to(), registered.note(), monthsOfHelp, helpedBefore, helpedNow, fulfilment(helper, before),
				helperNow, outcome, helperNow.isBelowPlan(), overTime(helped, registered.from(), month));
	}

	/** From {@value #MONTHS_BEFORE_HELP} months before the help began through month. */
	private List<MonthFulfilment> overTime(TeamKey key, YearMonth from, YearMonth month) {
		List<MonthFulfilment> series = new ArrayList<>();
		for (YearMonth each = from.minusMonths(MONTHS_BEFORE_HELP); !each.isAfter(month); each = each.plusMonths(1)) {
			series.add(new MonthFulfilment(each, fulfilment(key, each)));
		}
		return List.copyOf(series);
	}

	/** The team's fulfilment in month; undefined (n/a) when it has no row that month. */
	private Fulfilment fulfilment(TeamKey key, YearMonth month) {
		TeamMonth team = teams.get(month, key);
		return team == null ? Fulfilment.NONE : team.fulfilment();
	}

	private static boolean atOrAbovePlan(Fulfilment fulfilment) {
		return fulfilment.isDefined() && !fulfilment.isBelowPlan();
	}

}
