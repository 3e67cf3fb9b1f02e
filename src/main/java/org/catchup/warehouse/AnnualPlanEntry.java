package org.catchup.warehouse;

import java.math.BigDecimal;

/** A row of {@code annual_plan}: an enterprise's planned quantity of one indicator for a year. */
public record AnnualPlanEntry(String enterpriseCode, int year, String indicatorCode, BigDecimal quantity) {
}
