package org.catchup.bulletin;

import java.util.List;

import org.catchup.figures.Fulfilment;

/**
 * Every team of an enterprise bulletin's scope in the month, not only those below plan, with
 * whether it strives for the "Socialist Labor Team" title (SPEC §7: the per-enterprise bulletin).
 */
public record EnterpriseTeams(List<Team> teams) {

	/**
	 * @param monthsBelowPlan consecutive months below plan ending with this one; 0 at or above plan
	 */
	public record Team(String enterpriseCode, String teamCode, String teamName, String section, Fulfilment fulfilment,
			int monthsBelowPlan, boolean strivingTitle) {
	}

	public long striving() {
		return teams.stream().filter(Team::strivingTitle).count();
	}

}
