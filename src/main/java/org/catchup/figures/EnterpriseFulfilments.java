package org.catchup.figures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Enterprise fulfilment: month = Σ actual / Σ plan over all rows of the enterprise and every
 * unit below it; year to date = Σ actual January..month / the annual plan of the year, a
 * combine's annual plan being the plans of the units below it plus its own. Exact sums; no
 * rounding here.
 */
final class EnterpriseFulfilments {

	private final EnterpriseTree tree;

	/** (enterprise code, month) → the enterprise's own rows summed. */
	private final Map<String, Map<YearMonth, Fulfilment>> own = new HashMap<>();

	/** (enterprise code, year) → its own annual plan value. */
	private final Map<String, Map<Integer, BigDecimal>> annualPlans = new HashMap<>();

	EnterpriseFulfilments(EnterpriseTree tree, Collection<TeamIndicatorMonth> facts,
			Collection<AnnualPlanValue> plans) {
		this(tree, plans, EnterpriseMonth.sumsOf(facts));
	}

	private EnterpriseFulfilments(EnterpriseTree tree, Collection<AnnualPlanValue> plans, List<EnterpriseMonth> sums) {
		this.tree = tree;
		for (EnterpriseMonth sum : sums) {
			own.computeIfAbsent(sum.enterpriseCode(), code -> new HashMap<>())
				.merge(sum.period(), new Fulfilment(sum.planValue(), sum.actualValue()), Fulfilment::plus);
		}
		for (AnnualPlanValue plan : plans) {
			annualPlans.computeIfAbsent(plan.enterpriseCode(), code -> new HashMap<>())
				.merge(plan.year(), plan.planValue(), BigDecimal::add);
		}
	}

	/** From rows already summed per enterprise and month. */
	static EnterpriseFulfilments ofSums(EnterpriseTree tree, List<EnterpriseMonth> sums,
			Collection<AnnualPlanValue> plans) {
		return new EnterpriseFulfilments(tree, plans, sums);
	}

	/** The month's fulfilment; a zero plan (also: no data) gives an n/a fulfilment. */
	Fulfilment month(String code, YearMonth month) {
		Fulfilment sum = Fulfilment.NONE;
		for (String unit : tree.selfAndBelow(code)) {
			sum = sum.plus(own.getOrDefault(unit, Map.of()).getOrDefault(month, Fulfilment.NONE));
		}
		return sum;
	}

	/** Whether the enterprise, or any unit below it, has facts (rows of a loaded submission) in month. */
	boolean loaded(String code, YearMonth month) {
		return tree.selfAndBelow(code).stream().anyMatch(unit -> own.getOrDefault(unit, Map.of()).containsKey(month));
	}

	/** Actual January..month against the annual plan of month's year. */
	Fulfilment yearToDate(String code, YearMonth month) {
		BigDecimal actual = BigDecimal.ZERO;
		BigDecimal plan = BigDecimal.ZERO;
		for (String unit : tree.selfAndBelow(code)) {
			Map<YearMonth, Fulfilment> months = own.getOrDefault(unit, Map.of());
			for (int m = 1; m <= month.getMonthValue(); m++) {
				actual = actual.add(months.getOrDefault(month.withMonth(m), Fulfilment.NONE).actualValue());
			}
			plan = plan.add(annualPlans.getOrDefault(unit, Map.of()).getOrDefault(month.getYear(), BigDecimal.ZERO));
		}
		return new Fulfilment(plan, actual);
	}

	/** Every enterprise's month fulfilment, by code. */
	Map<String, Fulfilment> allInMonth(YearMonth month) {
		Map<String, Fulfilment> all = new HashMap<>();
		tree.enterprises().forEach(enterprise -> all.put(enterprise.code(), month(enterprise.code(), month)));
		return all;
	}

	/** January through month, one entry per month; n/a where nothing was planned. */
	List<MonthFulfilment> overYear(String code, YearMonth month) {
		List<MonthFulfilment> series = new ArrayList<>();
		for (int m = 1; m <= month.getMonthValue(); m++) {
			YearMonth each = month.withMonth(m);
			series.add(new MonthFulfilment(each, month(code, each)));
		}
		return series;
	}

}
