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
 * An offer names the helper's team and fulfilment, which the helper's own enterprise tells:
 * {@link #learnHelpers} is given every enterprise's teams before {@link #offersTo} is asked.
 */
public final class OfferedHelp {

	/** One pair: the team helped, its helper, and the main indicator they share. */
	private record Offer(TeamKey team, TeamKey helper, String indicator) {
	}

	/** A helper team as its offers show it. */
	private record Helper(String teamName, Fulfilment fulfilment) {
	}

	/** By helped team (enterprise code, then team code). */
	private final List<Offer> offers;

	private final Map<TeamKey, Helper> helpers = new HashMap<>();

	OfferedHelp(List<AssistancePairing.Pair> pairs) {
		this.offers = pairs.stream()
			.map(pair -> new Offer(pair.team().key(), pair.helper().key(), pair.team().indicator()))
			.toList();
		offers.forEach(offer -> helpers.put(offer.helper(), null));
	}

	public int size() {
		return offers.size();
	}

	/** Notes the names and fulfilments of the helpers among one enterprise's teams. */
	public void learnHelpers(List<TeamInMonth> teams) {
		for (TeamInMonth team : teams) {
			TeamKey key = new TeamKey(team.enterpriseCode(), team.teamCode());
			if (helpers.containsKey(key)) {
				helpers.put(key, new Helper(team.teamName(), team.fulfilment()));
			}
		}
	}

	/** One enterprise's teams needing help (as its {@link TeamSlice} lists them), their helpers filled in. */
	public List<TeamNeedingHelp> withHelpers(List<TeamNeedingHelp> needing) {
		if (needing.isEmpty()) {
			return needing;
		}
		Map<String, Offer> byTeam = new HashMap<>();
		of(needing.get(0).enterpriseCode()).forEach(offer -> byTeam.put(offer.team().teamCode(), offer));
		return needing.stream().map(team -> {
			Offer offer = byTeam.get(team.teamCode());
			return offer == null ? team
					: new TeamNeedingHelp(team.enterpriseCode(), team.teamCode(), team.teamName(), team.section(),
							team.mainIndicator(), team.fulfilment(), team.band(), team.monthsBelowPlan(),
							team.changeVsPreviousMonth(), offer.helper().teamCode(), offer.helper().enterpriseCode());
		}).toList();
	}

	/**
	 * The offers to one enterprise's teams needing help (as its {@link TeamSlice} lists them), by
	 * team code; the helpers' enterprises must have been {@linkplain #learnHelpers learnt}.
	 */
	public List<AssistancePair> offersTo(List<TeamNeedingHelp> needing) {
		if (needing.isEmpty()) {
			return List.of();
		}
		Map<String, TeamNeedingHelp> byCode = new HashMap<>();
		needing.forEach(team -> byCode.put(team.teamCode(), team));
		List<AssistancePair> found = new ArrayList<>();
		for (Offer offer : of(needing.get(0).enterpriseCode())) {
			TeamNeedingHelp team = byCode.get(offer.team().teamCode());
			Helper helper = helpers.get(offer.helper());
			if (helper == null) {
				throw new IllegalStateException("The teams of " + offer.helper().enterpriseCode() + " were not given");
			}
			found.add(new AssistancePair(team.enterpriseCode(), team.teamCode(), team.teamName(), team.fulfilment(),
					offer.helper().enterpriseCode(), offer.helper().teamCode(), helper.teamName(), helper.fulfilment(),
					offer.indicator()));
		}
		return found;
	}

	/** The enterprises whose teams are offered to {@code enterpriseCode}'s teams, by code. */
	public Set<String> helperEnterprisesOf(String enterpriseCode) {
		Set<String> found = new TreeSet<>();
		of(enterpriseCode).forEach(offer -> found.add(offer.helper().enterpriseCode()));
		return found;
	}

	/** The offers to one enterprise's teams: a range of the list, found by binary search. */
	private List<Offer> of(String enterpriseCode) {
		int from = firstAtOrAfter(enterpriseCode);
		int to = from;
		while (to < offers.size() && offers.get(to).team().enterpriseCode().equals(enterpriseCode)) {
			to++;
		}
		return from == to ? Collections.emptyList() : offers.subList(from, to);
	}

	private int firstAtOrAfter(String enterpriseCode) {
		int low = 0;
		int high = offers.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (offers.get(middle).team().enterpriseCode().compareTo(enterpriseCode) < 0) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

}
