package org.catchup.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The teams the assistance pairing looks at (teams needing help, or helpers), kept as columns
 * rather than as one object each, added enterprise by enterprise. Nationally there are some
 * 180,000 of them: as records with their keys and percents they held 25 MB at 5,000 enterprises,
 * here some 30 bytes each (the team code's characters, an indicator number and the exact percent
 * packed; a team's enterprise is found from the range of teams each enterprise added).
 */
final class PairingCandidates {

	private final List<String> enterprises = new ArrayList<>();

	private final Map<String, Integer> enterpriseNumbers = new HashMap<>();

	/** Per enterprise number: its first team and one past its last. */
	private int[] enterpriseFrom = new int[16];

	private int[] enterpriseTo = new int[16];

	private final List<String> indicators = new ArrayList<>();

	private final Map<String, Integer> indicatorNumbers = new HashMap<>();

	private final StringBuilder teamCodes = new StringBuilder();

	private int[] codeEnd = new int[64];

	/** The indicator's number, -1 for none (up to 127 indicators; more take a second column). */
	private byte[] indicator = new byte[64];

	/** The indicators' numbers from 127 on, once there are that many. */
	private int[] wideIndicator;

	/** Null once the pairing is done: the offers need only the keys. */
	private PackedDecimals percents = new PackedDecimals();

	private final BitSet enterpriseBelowPlan = new BitSet();

	private int size;

	/**
	 * Adds a team; an enterprise's teams come one after the other.
	 *
	 * @param indicator its main indicator, null for none (never paired)
	 */
	int add(String enterpriseCode, String teamCode, String indicatorCode, BigDecimal percent) {
		Integer number = enterpriseNumbers.get(enterpriseCode);
		if (number == null) {
			number = enterprises.size();
			enterpriseNumbers.put(enterpriseCode, number);
			enterprises.add(enterpriseCode);
			if (number == enterpriseFrom.length) {
				enterpriseFrom = Arrays.copyOf(enterpriseFrom, number * 2);
				enterpriseTo = Arrays.copyOf(enterpriseTo, number * 2);
			}
			enterpriseFrom[number] = size;
		}
		else if (enterpriseTo[number] != size) {
			throw new IllegalStateException("The teams of " + enterpriseCode + " must be added together");
		}
		if (size == codeEnd.length) {
			// grown by half, not doubled: less room left unused while the country is read
			int grown = Math.max(16, size + size / 2);
			codeEnd = Arrays.copyOf(codeEnd, grown);
			indicator = Arrays.copyOf(indicator, grown);
			if (wideIndicator != null) {
				wideIndicator = Arrays.copyOf(wideIndicator, grown);
			}
		}
		teamCodes.append(teamCode);
		codeEnd[size] = teamCodes.length();
		int indicatorNumber = indicatorCode == null ? -1
				: indicatorNumbers.computeIfAbsent(indicatorCode, code -> {
					indicators.add(code);
					return indicators.size() - 1;
				});
		if (indicatorNumber >= Byte.MAX_VALUE && wideIndicator == null) {
			wideIndicator = new int[codeEnd.length];
			for (int team = 0; team < size; team++) {
				wideIndicator[team] = indicator[team];
			}
		}
		indicator[size] = (byte) Math.min(indicatorNumber, Byte.MAX_VALUE);
		if (wideIndicator != null) {
			wideIndicator[size] = indicatorNumber;
		}
		percents.add(percent);
		enterpriseTo[number] = size + 1;
		return size++;
	}

	int size() {
		return size;
	}

	String enterpriseCode(int team) {
		return enterprises.get(enterpriseNumber(team));
	}

	/** The enterprise a team belongs to, from the enterprises' ranges (ascending, as they were added). */
	private int enterpriseNumber(int team) {
		int low = 0;
		int high = enterprises.size() - 1;
		while (low < high) {
			int middle = (low + high + 1) >>> 1;
			if (enterpriseFrom[middle] <= team) {
				low = middle;
			}
			else {
				high = middle - 1;
			}
		}
		return low;
	}

	String teamCode(int team) {
		return teamCodes.substring(team == 0 ? 0 : codeEnd[team - 1], codeEnd[team]);
	}

	/** Null for a team without a main indicator. */
	String indicator(int team) {
		int number = wideIndicator != null ? wideIndicator[team] : indicator[team];
		return number < 0 ? null : indicators.get(number);
	}

	BigDecimal percent(int team) {
		if (percents == null) {
			throw new IllegalStateException("The percents were dropped after the pairing");
		}
		return percents.get(team);
	}

	/** Gives back the room kept for more teams: call when the last enterprise is in. */
	void trim() {
		if (codeEnd.length == size) {
			return;
		}
		codeEnd = Arrays.copyOf(codeEnd, size);
		indicator = Arrays.copyOf(indicator, size);
		if (wideIndicator != null) {
			wideIndicator = Arrays.copyOf(wideIndicator, size);
		}
		teamCodes.trimToSize();
		percents.trim();
	}

	/** Drops the percents (the largest column, 2.5 MB nationally) once the pairing is done. */
	void dropPercents() {
		percents = null;
	}

	/** Whether the team's enterprise is below plan (its helpers then come from other enterprises). */
	boolean enterpriseBelowPlan(int team) {
		return enterpriseBelowPlan.get(team);
	}

	void setEnterpriseBelowPlan(int team, boolean below) {
		enterpriseBelowPlan.set(team, below);
	}

	/** The teams of one enterprise: from (inclusive), to (exclusive); empty when it has none. */
	int[] teamsOf(String enterpriseCode) {
		Integer number = enterpriseNumbers.get(enterpriseCode);
		return number == null ? new int[] { 0, 0 } : new int[] { enterpriseFrom[number], enterpriseTo[number] };
	}

	/** Orders two teams as {@link TeamKey} does: enterprise code, then team code. */
	int compareKeys(int a, int b) {
		int enterpriseA = enterpriseNumber(a);
		int enterpriseB = enterpriseNumber(b);
		if (enterpriseA != enterpriseB) {
			int byEnterprise = enterprises.get(enterpriseA).compareTo(enterprises.get(enterpriseB));
			if (byEnterprise != 0) {
				return byEnterprise;
			}
		}
		return compareTeamCodes(a, b);
	}

	private int compareTeamCodes(int a, int b) {
		int i = a == 0 ? 0 : codeEnd[a - 1];
		int j = b == 0 ? 0 : codeEnd[b - 1];
		while (i < codeEnd[a] && j < codeEnd[b]) {
			char x = teamCodes.charAt(i++);
			char y = teamCodes.charAt(j++);
			if (x != y) {
				return x - y;
			}
		}
		return (codeEnd[a] - i) - (codeEnd[b] - j);
	}

	/** Whether the team has {@code teamCode} (cheaper than {@link #teamCode} for a lookup). */
	boolean hasTeamCode(int team, String teamCode) {
		int from = team == 0 ? 0 : codeEnd[team - 1];
		if (codeEnd[team] - from != teamCode.length()) {
			return false;
		}
		for (int i = 0; i < teamCode.length(); i++) {
			if (teamCodes.charAt(from + i) != teamCode.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
