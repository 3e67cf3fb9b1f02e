package org.catchup.figures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One enterprise's own rows of one month summed, as value (quantity × price): what the
 * enterprise-level figures (ranking, year to date, pioneers, outlook, the month's totals) are
 * computed from. The warehouse sums them with one grouped query; {@link #sumsOf} does the same
 * over facts in memory.
 */
public record EnterpriseMonth(String enterpriseCode, YearMonth period, BigDecimal planValue, BigDecimal actualValue) {

	/** The facts summed per enterprise and month, ordered by enterprise code, then month. */
	public static List<EnterpriseMonth> sumsOf(Collection<TeamIndicatorMonth> facts) {
		Map<String, Map<YearMonth, Fulfilment>> sums = new TreeMap<>();
		for (TeamIndicatorMonth row : facts) {
			sums.computeIfAbsent(row.enterpriseCode(), code -> new TreeMap<>())
				.merge(row.period(), new Fulfilment(row.planValue(), row.actualValue()), Fulfilment::plus);
		}
		List<EnterpriseMonth> months = new ArrayList<>();
		sums.forEach((code, byMonth) -> byMonth.forEach((month, sum) -> months
			.add(new EnterpriseMonth(code, month, sum.planValue(), sum.actualValue()))));
		return months;
	}

}
