package org.catchup.validation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A team as the warehouse knows it from earlier months: its last name and, per indicator, the
 * range of its monthly actual quantities (lowest, highest) over the past year.
 */
public record KnownTeam(String teamCode, String name, Map<String, ActualRange> actualRanges) {

	public record ActualRange(BigDecimal lowest, BigDecimal highest) {
	}

}
