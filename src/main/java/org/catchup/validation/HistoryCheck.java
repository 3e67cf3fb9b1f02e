package org.catchup.validation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The warnings that compare a row with what the warehouse knows of the team. */
final class HistoryCheck {

	private static final BigDecimal THREE = BigDecimal.valueOf(3);

	private final TeamHistory history;

	private final RowProblems problems;

	/** one lookup per team, not per row: the history may sit behind a database */
	private final Map<String, Optional<KnownTeam>> knownTeams = new HashMap<>();

	/** one NEW_TEAM / TEAM_NAME_CHANGED per team, not one per indicator row */
	private final Set<String> warnedTeams = new HashSet<>();

	HistoryCheck(TeamHistory history, RowProblems problems) {
		this.history = history;
		this.problems = problems;
	}

	void check(DataRow row, String teamCode, String teamName, String indicator, BigDecimal actual) {
		if (!history.hasHistory()) {
			return; // an enterprise's first month: nothing to compare, and no cache of every team code
		}
		Optional<KnownTeam> known = knownTeams.computeIfAbsent(teamCode, history::find);
		if (known.isEmpty()) {
			if (history.hasHistory() && warnedTeams.add(teamCode)) {
				problems.warning(ProblemCode.NEW_TEAM, row, Column.TEAM_CODE, "Team " + teamCode
						+ " has never been reported before: check the code if it is not a new team.");
			}
			return;
		}
		KnownTeam team = known.get();
		if (teamName != null && team.name() != null && !sameName(teamName, team.name())
				&& warnedTeams.add(teamCode)) {
			problems.warning(ProblemCode.TEAM_NAME_CHANGED, row, Column.TEAM_NAME,
					"Team " + teamCode + " was called '" + team.name() + "' until now and is now '" + teamName + "'.");
		}
		KnownTeam.ActualRange range = indicator == null || team.actualRanges() == null ? null
				: team.actualRanges().get(indicator);
		if (range == null || actual == null || range.lowest() == null || range.highest() == null) {
			return;
		}
		boolean below = actual.multiply(THREE).compareTo(range.lowest()) < 0;
		boolean above = actual.compareTo(range.highest().multiply(THREE)) > 0;
		if (below || above) {
			problems.warning(ProblemCode.ACTUAL_OUTSIDE_HISTORY, row, Column.ACTUAL,
					"The actual " + QuantityCheck.plain(actual) + " is far outside this team's figures of the past year ("
							+ QuantityCheck.plain(range.lowest()) + " to " + QuantityCheck.plain(range.highest())
							+ "): check for a typing error.");
		}
	}

	private static boolean sameName(String a, String b) {
		return a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
	}

}
