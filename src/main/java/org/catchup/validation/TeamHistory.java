package org.catchup.validation;

import java.util.Optional;

/** The warehouse's record of one enterprise's teams, consulted for the history warnings. */
public interface TeamHistory {

	TeamHistory NONE = teamCode -> Optional.empty();

	/** True when the enterprise has submitted before: only then is a team code "new". */
	default boolean hasHistory() {
		return false;
	}

	Optional<KnownTeam> find(String teamCode);

}
