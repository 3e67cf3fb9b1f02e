package org.catchup.figures;

import java.util.ArrayList;
import java.util.Arrays;
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

	/** A helper's place in {@link #learnt} before its enterprise's teams were given. */
	private static final int NOT_LEARNT = -1;

	/** The place in {@link #learnt} of a helper no offer names. */
	private static final int NOT_OFFERED = -2;

	private final PairingCandidates needing;

	private final PairingCandidates helpers;

	/** By helped team (enterprise code, then team code): the team needing help and its helper. */
	private final AssistancePairing.Paired offers;

	/**
	 * Per helper: where its name and fulfilment are in {@link #names} and {@link #fulfilments},
	 * {@value #NOT_LEARNT} until learnt. As objects (a map of keys to names and
	 * fulfilments) the national offers' helpers took some 10 MB; packed, 2.
	 */
	private final int[] learnt;

	private final StringBuilder names = new StringBuilder();

	private int[] nameEnd = new int[16];

	/** Plan value, then actual value, per helper learnt. */
	private final PackedDecimals fulfilments = new PackedDecimals();

	private int helpersLearnt;

	OfferedHelp(PairingCandidates needing, PairingCandidates helpers, AssistancePairing.Paired offers) {
		this.needing = needing;
		this.helpers = helpers;
		this.offers = offers;
		this.learnt = new int[helpers.size()];
		Arrays.fill(learnt, NOT_OFFERED);
		for (int helper : offers.helpers()) {
			learnt[helper] = NOT_LEARNT;
		}
	}

	public int size() {
		return offers.size();
	}

	/** Notes the names and fulfilments of the helpers among one enterprise's teams. */
	public void learnHelpers(List<TeamInMonth> teams) {
		for (TeamInMonth team : teams) {
			int[] range = helpers.teamsOf(team.enterpriseCode());
			for (int helper = range[0]; helper < range[1]; helper++) {
				if (learnt[helper] == NOT_LEARNT && helpers.hasTeamCode(helper, team.teamCode())) {
					learn(helper, team);
				}
			}
		}
	}

	private void learn(int helper, TeamInMonth team) {
		if (helpersLearnt == nameEnd.length) {
			nameEnd = Arrays.copyOf(nameEnd, helpersLearnt * 2);
		}
		names.append(team.teamName());
		nameEnd[helpersLearnt] = names.length();
		fulfilments.add(team.fulfilment().planValue());
		fulfilments.add(team.fulfilment().actualValue());
		learnt[helper] = helpersLearnt++;
	}

	/** One enterprise's teams needing help (as its {@link TeamSlice} lists them), their helpers filled in. */
	public List<TeamNeedingHelp> withHelpers(List<TeamNeedingHelp> needingHelp) {
		if (needingHelp.isEmpty()) {
			return needingHelp;
		}
		Map<String, Integer> byTeam = new HashMap<>();
		of(needingHelp.get(0).enterpriseCode()).forEach(offer -> byTeam.put(needing.teamCode(offers.teams()[offer]), offer));
		return needingHelp.stream().map(team -> {
			Integer offer = byTeam.get(team.teamCode());
			if (offer == null) {
				return team;
			}
			int helper = offers.helpers()[offer];
			return new TeamNeedingHelp(team.enterpriseCode(), team.teamCode(), team.teamName(), team.section(),
					team.mainIndicator(), team.fulfilment(), team.band(), team.monthsBelowPlan(),
					team.changeVsPreviousMonth(), helpers.teamCode(helper), helpers.enterpriseCode(helper));
		}).toList();
	}

	/**
	 * The offers to one enterprise's teams needing help (as its {@link TeamSlice} lists them), by
	 * team code; the helpers' enterprises must have been {@linkplain #learnHelpers learnt}.
	 */
	public List<AssistancePair> offersTo(List<TeamNeedingHelp> needingHelp) {
		if (needingHelp.isEmpty()) {
			return List.of();
		}
		Map<String, TeamNeedingHelp> byCode = new HashMap<>();
		needingHelp.forEach(team -> byCode.put(team.teamCode(), team));
		List<AssistancePair> found = new ArrayList<>();
		for (int offer : of(needingHelp.get(0).enterpriseCode())) {
			TeamNeedingHelp team = byCode.get(needing.teamCode(offers.teams()[offer]));
			int helper = offers.helpers()[offer];
			int at = learnt[helper];
			if (at == NOT_LEARNT) {
				throw new IllegalStateException("The teams of " + helpers.enterpriseCode(helper) + " were not given");
			}
			String name = names.substring(at == 0 ? 0 : nameEnd[at - 1], nameEnd[at]);
			found.add(new AssistancePair(team.enterpriseCode(), team.teamCode(), team.teamName(), team.fulfilment(),
					helpers.enterpriseCode(helper), helpers.teamCode(helper), name,
					new Fulfilment(fulfilments.get(2 * at), fulfilments.get(2 * at + 1)),
					needing.indicator(offers.teams()[offer])));
		}
		return found;
	}

	/** The enterprises whose teams are offered to {@code enterpriseCode}'s teams, by code. */
	public Set<String> helperEnterprisesOf(String enterpriseCode) {
		Set<String> found = new TreeSet<>();
		of(enterpriseCode).forEach(offer -> found.add(helpers.enterpriseCode(offers.helpers()[offer])));
		return found;
	}

	/** The offers to one enterprise's teams, by index: a range of the list, found by binary search. */
	private List<Integer> of(String enterpriseCode) {
		int from = firstAtOrAfter(enterpriseCode);
		int to = from;
		while (to < offers.size() && helpedEnterprise(to).equals(enterpriseCode)) {
			to++;
		}
		List<Integer> range = new ArrayList<>(to - from);
		for (int offer = from; offer < to; offer++) {
			range.add(offer);
		}
		return range;
	}

	private String helpedEnterprise(int offer) {
		return needing.enterpriseCode(offers.teams()[offer]);
	}

	private int firstAtOrAfter(String enterpriseCode) {
		int low = 0;
		int high = offers.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (helpedEnterprise(middle).compareTo(enterpriseCode) < 0) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

}
