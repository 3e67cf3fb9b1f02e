package org.catchup.figures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
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

	/**
	 * Per enterprise code, per month number ({@link #months}): where its own rows' sum is in
	 * {@link #sums} (plan value at 2n, actual value at 2n + 1), -1 for none. As maps of
	 * Fulfilment objects the national sums held 13 MB (5,000 enterprises × 12 months; the
	 * months' hash codes differ only in high bits, so each map had grown into a tree), packed 1.
	 */
	private final Map<String, int[]> own = new HashMap<>();

	private final Map<YearMonth, Integer> months = new HashMap<>();

	private final PackedDecimals sums = new PackedDecimals();

	/** (enterprise code, year) → its own annual plan value. */
	private final Map<String, Map<Integer, BigDecimal>> annualPlans = new HashMap<>();

	EnterpriseFulfilments(EnterpriseTree tree, Collection<TeamIndicatorMonth> facts,
			Collection<AnnualPlanValue> plans) {
		this(tree, plans, EnterpriseMonth.sumsOf(facts));
	}

	private EnterpriseFulfilments(EnterpriseTree tree, Collection<AnnualPlanValue> plans, List<EnterpriseMonth> sums) {
		this.tree = tree;
		for (EnterpriseMonth sum : sums) {
			add(sum.enterpriseCode(), sum.period(), new Fulfilment(sum.planValue(), sum.actualValue()));
		}
		this.sums.trim();
		for (AnnualPlanValue plan : plans) {
			annualPlans.computeIfAbsent(plan.enterpriseCode(), code -> new HashMap<>())
				.merge(plan.year(), plan.planValue(), BigDecimal::add);
		}
	}

	private void add(String code, YearMonth period, Fulfilment sum) {
		int number = months.computeIfAbsent(period, m -> months.size());
		int[] slots = own.computeIfAbsent(code, c -> empty(number + 1));
		if (number >= slots.length) {
			int[] grown = empty(number + 1);
			System.arraycopy(slots, 0, grown, 0, slots.length);
			own.put(code, slots = grown);
		}
		Fulfilment total = slots[number] < 0 ? sum : get(slots[number]).plus(sum);
		slots[number] = sums.add(total.planValue()) / 2;
		sums.add(total.actualValue());
	}

	private static int[] empty(int length) {
		int[] slots = new int[length];
		Arrays.fill(slots, -1);
		return slots;
	}

	private Fulfilment get(int slot) {
		return new Fulfilment(sums.get(2 * slot), sums.get(2 * slot + 1));
	}

	/** The enterprise's own rows summed in month; null for none. */
	private Fulfilment own(String code, YearMonth month) {
		int[] slots = own.get(code);
		Integer number = months.get(month);
		if (slots == null || number == null || number >= slots.length || slots[number] < 0) {
			return null;
		}
		return get(slots[number]);
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
			Fulfilment unitSum = own(unit, month);
			sum = unitSum == null ? sum : sum.plus(unitSum);
		}
		return sum;
	}

	/** Whether the enterprise, or any unit below it, has facts (rows of a loaded submission) in month. */
	boolean loaded(String code, YearMonth month) {
		return tree.selfAndBelow(code).stream().anyMatch(unit -> own(unit, month) != null);
	}

	/** Actual January..month against the annual plan of month's year. */
	Fulfilment yearToDate(String code, YearMonth month) {
		BigDecimal actual = BigDecimal.ZERO;
		BigDecimal plan = BigDecimal.ZERO;
		for (String unit : tree.selfAndBelow(code)) {
			for (int m = 1; m <= month.getMonthValue(); m++) {
				Fulfilment unitSum = own(unit, month.withMonth(m));
				actual = unitSum == null ? actual : actual.add(unitSum.actualValue());
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
