package org.catchup.figures;

import java.math.BigDecimal;

/** An enterprise's annual plan for one year, summed over indicators as value (quantity × price). */
public record AnnualPlanValue(String enterpriseCode, int year, BigDecimal planValue) {
}
