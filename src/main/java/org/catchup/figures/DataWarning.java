package org.catchup.figures;

import java.io.Serializable;

/**
 * A warning that travelled with a loaded submission of the month (SPEC §4), shown in the
 * bulletin: its code, where it is, the column and value it concerns (null when none) and the
 * rule's own sentence.
 */
public record DataWarning(String enterpriseCode, String code, String location, String column, String value,
		String message) implements Serializable {

	public DataWarning(String enterpriseCode, String code, String location, String message) {
		this(enterpriseCode, code, location, null, null, message);
	}

}
