package org.catchup.figures;

import java.time.YearMonth;

/**
 * Help that was agreed, as kept in the assistance register (SPEC §9): the helper team and the
 * helped team (each enterprise + team code), the first month of help and, once it ended, the
 * last ({@code to} null while it goes on).
 */
public record RegisteredAssistance(String helperEnterpriseCode, String helperTeamCode, String helpedEnterpriseCode,
		String helpedTeamCode, YearMonth from, YearMonth to, String note) {

	/** From ≤ month, and no To or To ≥ month. */
	public boolean isActiveIn(YearMonth month) {
		return !from.isAfter(month) && (to == null || !to.isBefore(month));
	}

}
