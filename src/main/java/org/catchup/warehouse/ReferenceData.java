package org.catchup.warehouse;

import java.util.List;

import org.catchup.figures.Enterprise;

/** The content of one reference workbook (SPEC §2). */
public record ReferenceData(List<Enterprise> enterprises, List<Indicator> indicators, List<AnnualPlanEntry> annualPlans) {
}
