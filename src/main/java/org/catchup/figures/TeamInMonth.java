package org.catchup.figures;

import java.io.Serializable;

/**
 * One team of an enterprise with a row in the month: its fulfilment summed over its rows and its
 * consecutive months below plan ending with this one (0 at or above plan).
 */
public record TeamInMonth(String enterpriseCode, String teamCode, String teamName, String section,
		Fulfilment fulfilment, int monthsBelowPlan) implements Serializable {
}
