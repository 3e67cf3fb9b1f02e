package org.catchup.submission;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The teams of one submission as its lines go by, for the team table: each team once, with
 * the greatest name and section it was given (a team named twice in one file is unusual; the
 * fact-table path takes {@code MAX} too). Gives up beyond {@code limit} teams, so a huge
 * submission never holds them all in memory; its teams are then read back from its facts page
 * by page.
 */
final class SubmissionTeams {

	record Team(String code, String name, String section) {
	}

	private final int limit;

	private Map<String, Team> teams = new HashMap<>();

	SubmissionTeams(int limit) {
		this.limit = limit;
	}

	void add(SubmissionLine line) {
		if (teams == null) {
			return;
		}
		Team seen = teams.get(line.teamCode());
		String name = line.storedTeamName();
		String section = line.storedSection();
		if (seen == null) {
			if (teams.size() == limit) {
				teams = null;
				return;
			}
			teams.put(line.teamCode(), new Team(line.teamCode(), name, section));
		}
		else if (name.compareTo(seen.name()) > 0 || section.compareTo(seen.section()) > 0) {
			teams.put(line.teamCode(), new Team(line.teamCode(), greater(name, seen.name()),
					greater(section, seen.section())));
		}
	}

	/** Every team, or empty when there were more than the limit. */
	Optional<Collection<Team>> all() {
		return Optional.ofNullable(teams).map(Map::values);
	}

	private static String greater(String a, String b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

}
