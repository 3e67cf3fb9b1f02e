package org.catchup.web.committee;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.catchup.figures.AssistancePair;
import org.catchup.figures.RegisteredAssistance;

/** Which of a month's offered pairs the register already holds for the month after. */
public record AgreedPairs(Set<String> keys) {

	static AgreedPairs of(List<RegisteredAssistance> registered) {
		return new AgreedPairs(registered.stream()
			.map(pair -> key(pair.helpedEnterpriseCode(), pair.helpedTeamCode(), pair.helperEnterpriseCode(),
					pair.helperTeamCode()))
			.collect(Collectors.toSet()));
	}

	public boolean contains(AssistancePair offered) {
		return keys.contains(key(offered.enterpriseCode(), offered.teamCode(), offered.helperEnterpriseCode(),
				offered.helperTeamCode()));
	}

	private static String key(String helpedEnterprise, String helpedTeam, String helperEnterprise,
			String helperTeam) {
		return helpedEnterprise + "/" + helpedTeam + "<-" + helperEnterprise + "/" + helperTeam;
	}

}
