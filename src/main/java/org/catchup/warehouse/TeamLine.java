package org.catchup.warehouse;

/** A team and indicator as last submitted: what a blank template lists for the next month. */
public record TeamLine(String section, String teamCode, String teamName, String indicator, Integer headcount,
		boolean strivingTitle) {
}
