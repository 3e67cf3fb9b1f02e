package org.catchup.assistance;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Help the committee agreed (SPEC §9): the helper team works with the helped team from a month
 * on, until {@code to} (inclusive) or, when {@code to} is null, until the pair is ended. Teams
 * are only unique within their enterprise, so each is named by both codes.
 */
public record AgreedAssistance(String helpedEnterprise, String helpedTeam, String helperEnterprise, String helperTeam,
		YearMonth from, YearMonth to, String note) {

	public AgreedAssistance {
		Objects.requireNonNull(helpedEnterprise, "helpedEnterprise");
		Objects.requireNonNull(helpedTeam, "helpedTeam");
		Objects.requireNonNull(helperEnterprise, "helperEnterprise");
		Objects.requireNonNull(helperTeam, "helperTeam");
		Objects.requireNonNull(from, "from");
	}

	/** What identifies a pair in the register: both teams and the start month. */
	public Key key() {
		return new Key(helpedEnterprise, helpedTeam, helperEnterprise, helperTeam, from);
	}

	/** Whether the help runs in {@code month}: From ≤ month, and no To or To ≥ month. */
	public boolean isActiveIn(YearMonth month) {
		return !from.isAfter(month) && (to == null || !to.isBefore(month));
	}

	public record Key(String helpedEnterprise, String helpedTeam, String helperEnterprise, String helperTeam,
			YearMonth from) {
	}

}
