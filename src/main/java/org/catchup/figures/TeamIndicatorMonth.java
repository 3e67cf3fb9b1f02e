package org.catchup.figures;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One team's plan and actual for one indicator in one month, already turned into value
 * (quantity × indicator price), from the current version of the enterprise's submission.
 * The warehouse produces these with one set-based query per bulletin.
 */
public record TeamIndicatorMonth(YearMonth period, String enterpriseCode, String teamCode, String teamName,
		String section, String indicator, BigDecimal planValue, BigDecimal actualValue) {
}
