package org.catchup.figures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The month's assistance pairs (SPEC §6), found over every enterprise at once, read back one
 * enterprise at a time: its teams needing help with their helpers, and the offers made to them.
 */
public final class OfferedHelp {

	/** By helped team (enterprise code, then team code). */
	private final List<AssistancePairing.Pair> pairs;

	OfferedHelp(List<AssistancePairing.Pair> pairs) {
		this.pairs = List.copyOf(pairs);
	}

	public int size() {
		return pairs.size();
	}

	/** One enterprise's teams needing help (as its {@link TeamSlice} lists them), their helpers filled in. */
	public List<TeamNeedingHelp> withHelpers(List<TeamNeedingHelp> needing) {
		if (needing.isEmpty()) {
			return needing;
		}
		Map<String, AssistancePairing.Pair> byTeam = new HashMap<>();
		of(needing.get(0).enterpriseCode()).forEach(pair -> byTeam.put(pair.team().key().teamCode(), pair));
		return needing.stream().map(team -> {
			AssistancePairing.Pair pair = byTeam.get(team.teamCode());
			return pair == null ? team
					: new TeamNeedingHelp(team.enterpriseCode(), team.teamCode(), team.teamName(), team.section(),
							team.mainIndicator(), team.fulfilment(), team.band(), team.monthsBelowPlan(),
							team.changeVsPreviousMonth(), pair.helper().key().teamCode(),
							pair.helper().key().enterpriseCode());
		}).toList();
	}

	/** The offers to one enterprise's teams needing help (as its {@link TeamSlice} lists them), by team code. */
	public List<AssistancePair> offersTo(List<TeamNeedingHelp> needing) {
		if (needing.isEmpty()) {
			return List.of();
		}
		Map<String, TeamNeedingHelp> byCode = new HashMap<>();
		needing.forEach(team -> byCode.put(team.teamCode(), team));
		List<AssistancePair> offers = new ArrayList<>();
		for (AssistancePairing.Pair pair : of(needing.get(0).enterpriseCode())) {
			TeamNeedingHelp team = byCode.get(pair.team().key().teamCode());
			TeamMonth helper = pair.helper().team();
			offers.add(new AssistancePair(team.enterpriseCode(), team.teamCode(), team.teamName(), team.fulfilment(),
					helper.key().enterpriseCode(), helper.key().teamCode(), helper.teamName(), helper.fulfilment(),
					pair.team().indicator()));
		}
		return offers;
	}

	/** The enterprises whose teams are offered to {@code enterpriseCode}'s teams, by code. */
	public Set<String> helperEnterprisesOf(String enterpriseCode) {
		Set<String> helpers = new TreeSet<>();
		of(enterpriseCode).forEach(pair -> helpers.add(pair.helper().key().enterpriseCode()));
		return helpers;
	}

	/** The pairs of one helped enterprise: a range of the list, found by binary search. */
	private List<AssistancePairing.Pair> of(String enterpriseCode) {
		int from = firstAtOrAfter(enterpriseCode);
		int to = from;
		while (to < pairs.size() && pairs.get(to).team().key().enterpriseCode().equals(enterpriseCode)) {
			to++;
		}
		return from == to ? Collections.emptyList() : pairs.subList(from, to);
	}

	private int firstAtOrAfter(String enterpriseCode) {
		int low = 0;
		int high = pairs.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (pairs.get(middle).team().key().enterpriseCode().compareTo(enterpriseCode) < 0) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

}
