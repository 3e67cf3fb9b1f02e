package org.catchup.figures;

import java.time.YearMonth;

/**
 * One registered pair active in the bulletin month (SPEC §6b). <i>Before</i> is the month before
 * {@code from}, <i>now</i> the bulletin month; a fulfilment is undefined (shown {@code n/a}) where
 * the team has no row that month, or the month lies before the facts the figures were given.
 * Team names are the latest the team used up to the month, null when it never had a row.
 * {@code helperSlipped} when the helper team is below 100 % in the month.
 */
public record AssistanceResult(String helpedEnterpriseCode, String helpedTeamCode, String helpedTeamName,
		String helperEnterpriseCode, String helperTeamCode, String helperTeamName, YearMonth from, YearMonth to,
		String note, int monthsOfHelp, Fulfilment helpedBefore, Fulfilment helpedNow, Fulfilment helperBefore,
		Fulfilment helperNow, AssistanceOutcome outcome, boolean helperSlipped) {

	/** "caught up", "improving", "not yet", with "; helper slipped" when it did. */
	public String outcomeLabel() {
		return outcome.label() + (helperSlipped ? "; helper slipped" : "");
	}

}
