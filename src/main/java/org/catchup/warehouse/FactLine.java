package org.catchup.warehouse;

import java.math.BigDecimal;

/**
 * One row of the fact table as a checked submission hands it over: the sheet row it came from,
 * the team and indicator, the quantities. Stored as given; the warehouse checks nothing of it.
 */
public interface FactLine {

	/** The 1-based row of the sheet, so a figure can always be traced back to its cell. */
	int rowNumber();

	String teamCode();

	String indicator();

	/** The team name as stored, never null. */
	String storedTeamName();

	/** The section as stored, never null. */
	String storedSection();

	BigDecimal plan();

	BigDecimal actual();

	/** Null when not given. */
	Integer headcount();

	boolean strivingForTitle();

	String remarks();

}
