package org.catchup.figures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Teams below 100 % this month (exact percent, so 99.96 % needs help although it shows as
 * 100.0 %). Critical below 90 %, otherwise behind. Helpers are filled in later by the pairing.
 */
final class HelpNeeds {

	private static final BigDecimal NINETY = BigDecimal.valueOf(90);

	static final Comparator<TeamNeedingHelp> ORDER = Comparator.comparing(TeamNeedingHelp::enterpriseCode)
		.thenComparing(TeamNeedingHelp::fulfilment, ExactPercent.ASCENDING)
		.thenComparing(TeamNeedingHelp::teamCode);

	private final TeamMonths teams;

	HelpNeeds(TeamMonths teams) {
		this.teams = teams;
	}

	/** Ordered by enterprise code, then fulfilment ascending, then team code. */
	List<TeamNeedingHelp> find(YearMonth month) {
		List<TeamNeedingHelp> needing = new ArrayList<>();
		for (TeamMonth team : teams.in(month)) {
			Fulfilment fulfilment = team.fulfilment();
			if (!fulfilment.isBelowPlan()) {
				continue;
			}
			TeamMonth previous = teams.get(month.minusMonths(1), team.key());
			BigDecimal change = previous == null ? null : fulfilment.changeFrom(previous.fulfilment());
			needing.add(new TeamNeedingHelp(team.key().enterpriseCode(), team.key().teamCode(), team.teamName(),
					team.section(), team.mainIndicator(), fulfilment, band(fulfilment), monthsBelowPlan(team, month),
					change, null, null));
		}
		needing.sort(ORDER);
		return needing;
	}

	static Band band(Fulfilment fulfilment) {
		return ExactPercent.compareTo(fulfilment, NINETY) < 0 ? Band.CRITICAL : Band.BEHIND;
	}

	/** Consecutive months below plan ending with month; a month without data or n/a ends the run. */
	int monthsBelowPlan(TeamMonth team, YearMonth month) {
		int count = 0;
		TeamMonth current = team;
		YearMonth at = month;
		while (current != null && current.fulfilment().isBelowPlan()) {
			count++;
			at = at.minusMonths(1);
			current = teams.get(at, team.key());
		}
		return count;
	}

}
