package org.catchup.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Will each enterprise still meet its annual plan (SPEC §6a)? With A the annual plan value, T
 * the actual value January..M, r = 12 − M the months left:
 * <ul>
 * <li>pace needed = (A − T) / (r / 12 × A) × 100; 0 when T ≥ A; n/a in December (even when met)
 * or when A = 0;
 * <li>forecast = (T + r × mean actual of the loaded months among M−2..M) / A × 100; n/a when
 * A = 0 or when none of those three months is loaded (no pace to carry forward). A month is
 * loaded when the enterprise, or for a combine any unit below it, has facts in it; the three
 * months may reach back into the previous year;
 * <li>outlook: met when T ≥ A; else on track when forecast ≥ 100; else reachable when pace
 * needed ≤ the configured limit; else out of reach; n/a (null) when A = 0, as there is no plan
 * to meet.
 * </ul>
 * The outlook's comparisons are made on the exact fractions, without dividing.
 */
final class CatchUpOutlooks {

	/** SPEC §6a: a pace up to 120 % of the average monthly share is still reachable. */
	static final BigDecimal DEFAULT_REACHABLE_PACE = BigDecimal.valueOf(120);

	static final int RECENT_MONTHS = 3;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

	private final EnterpriseTree tree;

	private final EnterpriseFulfilments fulfilments;

	private final BigDecimal reachablePace;

	CatchUpOutlooks(EnterpriseTree tree, EnterpriseFulfilments fulfilments, BigDecimal reachablePace) {
		this.tree = tree;
		this.fulfilments = fulfilments;
		this.reachablePace = reachablePace == null ? DEFAULT_REACHABLE_PACE : reachablePace;
	}

	/** Every enterprise, ordered by level (combines above their units) then code; computed as read. */
	List<CatchUpOutlook> of(YearMonth month) {
		List<Enterprise> enterprises = new ArrayList<>(tree.enterprises());
		enterprises.sort(Comparator.comparingInt((Enterprise e) -> tree.level(e.code())).thenComparing(Enterprise::code));
		return new ComputedRows<>(enterprises, i -> of(enterprises.get(i), month));
	}

	CatchUpOutlook of(Enterprise enterprise, YearMonth month) {
		Fulfilment yearToDate = fulfilments.yearToDate(enterprise.code(), month);
		BigDecimal annual = yearToDate.planValue();
		BigDecimal actual = yearToDate.actualValue();
		if (annual.signum() <= 0) {
			return new CatchUpOutlook(enterprise, yearToDate, null, null, null);
		}
		BigDecimal left = BigDecimal.valueOf(12 - month.getMonthValue());
		boolean met = actual.compareTo(annual) >= 0;

		// December has no rest of the year to pace, met or not
		BigDecimal pace = null;
		if (left.signum() > 0) {
			pace = met ? BigDecimal.ZERO
					: annual.subtract(actual).multiply(TWELVE_HUNDRED).divide(left.multiply(annual), MathContext.DECIMAL128);
		}

		// forecast as the fraction (T·k + r·S) / (A·k) × 100, k loaded months with actual sum S
		int loaded = 0;
		BigDecimal recent = BigDecimal.ZERO;
		for (int back = 0; back < RECENT_MONTHS; back++) {
			YearMonth each = month.minusMonths(back);
			if (fulfilments.loaded(enterprise.code(), each)) {
				loaded++;
				recent = recent.add(fulfilments.month(enterprise.code(), each).actualValue());
			}
		}
		BigDecimal k = BigDecimal.valueOf(loaded);
		BigDecimal yearEnd = actual.multiply(k).add(left.multiply(recent));
		BigDecimal annualTimesK = annual.multiply(k);
		BigDecimal forecast = loaded == 0 ? null
				: yearEnd.multiply(HUNDRED).divide(annualTimesK, MathContext.DECIMAL128);

		Outlook outlook;
		if (met) {
			outlook = Outlook.MET;
		}
		else if (loaded > 0 && yearEnd.compareTo(annualTimesK) >= 0) {
			outlook = Outlook.ON_TRACK;
		}
		else if (pace != null && annual.subtract(actual)
			.multiply(TWELVE_HUNDRED)
			.compareTo(reachablePace.multiply(left).multiply(annual)) <= 0) {
			outlook = Outlook.REACHABLE;
		}
		else {
			outlook = Outlook.OUT_OF_REACH;
		}
		return new CatchUpOutlook(enterprise, yearToDate, pace, forecast, outlook);
	}

}
