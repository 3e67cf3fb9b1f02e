package org.catchup.warehouse;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An enterprise's teams as the warehouse knows them before a month: each team's last name, and
 * per team and indicator the range of its monthly actual quantities over the year before.
 *
 * @param names team code to its last name
 * @param actualRanges team code to indicator code to the range
 */
public record TeamsOnRecord(Map<String, String> names, Map<String, Map<String, ActualRange>> actualRanges) {

	/** The lowest and highest monthly actual quantity. */
	public record ActualRange(BigDecimal lowest, BigDecimal highest) {
	}

}
