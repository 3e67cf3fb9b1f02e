package org.catchup.figures;

import java.util.Comparator;

/** A team is only unique within its enterprise: two mines may both have a team "B1". */
record TeamKey(String enterpriseCode, String teamCode) implements Comparable<TeamKey> {

	private static final Comparator<TeamKey> ORDER = Comparator.comparing(TeamKey::enterpriseCode)
		.thenComparing(TeamKey::teamCode);

	static TeamKey of(TeamIndicatorMonth row) {
		return new TeamKey(row.enterpriseCode(), row.teamCode());
	}

	@Override
	public int compareTo(TeamKey other) {
		return ORDER.compare(this, other);
	}

}
