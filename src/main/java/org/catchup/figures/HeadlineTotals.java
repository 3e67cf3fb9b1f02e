package org.catchup.figures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;

/** All submitting units together: every enterprise's own rows count once, whatever the tree looks like. */
final class HeadlineTotals {

	private HeadlineTotals() {
	}

	static Fulfilment month(Collection<EnterpriseMonth> sums, YearMonth month) {
		Fulfilment sum = Fulfilment.NONE;
		for (EnterpriseMonth row : sums) {
			if (month.equals(row.period())) {
				sum = sum.plus(new Fulfilment(row.planValue(), row.actualValue()));
			}
		}
		return sum;
	}

	/** Actual January..month of month's year against every annual plan of that year. */
	static Fulfilment yearToDate(Collection<EnterpriseMonth> sums, Collection<AnnualPlanValue> plans,
			YearMonth month) {
		BigDecimal actual = BigDecimal.ZERO;
		for (EnterpriseMonth row : sums) {
			YearMonth period = row.period();
			if (period.getYear() == month.getYear() && !period.isAfter(month)) {
				actual = actual.add(row.actualValue());
			}
		}
		BigDecimal plan = plans.stream()
			.filter(annual -> annual.year() == month.getYear())
			.map(AnnualPlanValue::planValue)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Fulfilment(plan, actual);
	}

}
