package org.catchup.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.catchup.figures.Enterprise;
import org.catchup.warehouse.AnnualPlanEntry;
import org.catchup.warehouse.Indicator;
import org.catchup.warehouse.ReferenceData;

/**
 * Checks that a reference workbook hangs together with itself and with the reference data
 * already in force: no code twice, every parent, plan enterprise and plan indicator known.
 * Every problem names the cell it concerns.
 */
class ReferenceDataCheck {

	private final Set<String> knownEnterprises;

	private final Set<String> knownIndicators;

	ReferenceDataCheck(Set<String> enterprisesInForce, Set<String> indicatorsInForce) {
		this.knownEnterprises = enterprisesInForce;
		this.knownIndicators = indicatorsInForce;
	}

	List<ReferenceProblem> check(ReferenceData data, ReferenceWorkbookReader.CellLocator locate) {
		List<ReferenceProblem> problems = new ArrayList<>();
		Set<String> enterprises = new HashSet<>(knownEnterprises);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < data.enterprises().size(); i++) {
			Enterprise e = data.enterprises().get(i);
			if (!seen.add(e.code())) {
				problems.add(new ReferenceProblem(locate.cell("Enterprises", i, "code"), "code '" + e.code() + "' appears twice"));
			}
			enterprises.add(e.code());
		}
		for (int i = 0; i < data.enterprises().size(); i++) {
			Enterprise e = data.enterprises().get(i);
			if (e.parentCode() != null && !enterprises.contains(e.parentCode())) {
				problems.add(new ReferenceProblem(locate.cell("Enterprises", i, "parent_code"),
						"parent_code '" + e.parentCode() + "' of '" + e.code() + "' is not a known enterprise"));
			}
			if (e.code().equals(e.parentCode())) {
				problems.add(new ReferenceProblem(locate.cell("Enterprises", i, "parent_code"),
						"'" + e.code() + "' cannot be its own parent"));
			}
		}
		Set<String> indicators = new HashSet<>(knownIndicators);
		Set<String> seenIndicators = new HashSet<>();
		for (int i = 0; i < data.indicators().size(); i++) {
			Indicator indicator = data.indicators().get(i);
			if (!seenIndicators.add(indicator.code())) {
				problems.add(new ReferenceProblem(locate.cell("Indicators", i, "code"),
						"code '" + indicator.code() + "' appears twice"));
			}
			indicators.add(indicator.code());
		}
		Set<String> planKeys = new HashSet<>();
		for (int i = 0; i < data.annualPlans().size(); i++) {
			AnnualPlanEntry plan = data.annualPlans().get(i);
			if (!enterprises.contains(plan.enterpriseCode())) {
				problems.add(new ReferenceProblem(locate.cell("AnnualPlan", i, "enterprise_code"),
						"enterprise_code '" + plan.enterpriseCode() + "' is not a known enterprise"));
			}
			if (!indicators.contains(plan.indicatorCode())) {
				problems.add(new ReferenceProblem(locate.cell("AnnualPlan", i, "indicator"),
						"indicator '" + plan.indicatorCode() + "' is not a known indicator"));
			}
			if (!planKeys.add(plan.enterpriseCode() + "\u0000" + plan.year() + "\u0000" + plan.indicatorCode())) {
				problems.add(new ReferenceProblem(locate.cell("AnnualPlan", i, "quantity"), "the plan of '" + plan.enterpriseCode() + "' for "
						+ plan.year() + " and '" + plan.indicatorCode() + "' appears twice"));
			}
		}
		return problems;
	}

}
