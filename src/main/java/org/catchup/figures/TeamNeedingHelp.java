package org.catchup.figures;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A team below 100 % this month. {@code monthsBelowPlan} counts consecutive months below plan
 * ending with this one; {@code changeVsPreviousMonth} is in percentage points (null when
 * unknown). The helper fields are null when no helper could be offered.
 */
public record TeamNeedingHelp(String enterpriseCode, String teamCode, String teamName, String section,
		String mainIndicator, Fulfilment fulfilment, Band band, int monthsBelowPlan, BigDecimal changeVsPreviousMonth,
		String helperTeamCode, String helperEnterpriseCode) implements Serializable {
}
