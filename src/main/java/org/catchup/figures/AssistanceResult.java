package org.catchup.figures;

import java.time.YearMonth;
import java.util.List;

/**
 * One registered pair active in the bulletin month (SPEC §6b). <i>Before</i> is the month before
 * {@code from}, <i>now</i> the bulletin month; a fulfilment is undefined (shown {@code n/a}) where
 * the team has no row that month, or the month lies before the facts the figures were given.
 * Team names are the latest the team used up to the month, null when it never had a row.
 * {@code helperSlipped} when the helper team is below 100 % in the month. {@code helpedOverTime}
 * is the helped team's fulfilment month by month from three months before {@code from} through
 * the month (n/a where it has no row), for the chart that marks where the help began.
 */
public record AssistanceResult(String helpedEnterpriseCode, String helpedTeamCode, String helpedTeamName,
		String helperEnterpriseCode, String helperTeamCode, String helperTeamName, YearMonth from, YearMonth to,
		String note, int monthsOfHelp, Fulfilment helpedBefore, Fulfilment helpedNow, Fulfilment helperBefore,
		Fulfilment helperNow, AssistanceOutcome outcome, boolean helperSlipped, List<MonthFulfilment> helpedOverTime) {

	/** "caught up", "improving", "not yet", with "; helper slipped" when it did. */
	public String outcomeLabel() {
		return outcome.label() + (helperSlipped ? "; helper slipped" : "");
	}

}
