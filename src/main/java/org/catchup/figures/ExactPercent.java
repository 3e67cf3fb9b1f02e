package org.catchup.figures;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * Compares fulfilments without dividing: a1/p1 against a2/p2 as a1·p2 against a2·p1. Two
 * percentages that differ only beyond the 34 digits of {@link Fulfilment#percent()} are still
 * told apart, and equal ratios (21/20 and 105/100) are exactly equal, so ranks tie correctly.
 * Only for defined fulfilments (plan value &gt; 0).
 */
final class ExactPercent {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Lowest fulfilment first. */
	static final Comparator<Fulfilment> ASCENDING = ExactPercent::compare;

	private ExactPercent() {
	}

	static int compare(Fulfilment a, Fulfilment b) {
		return a.actualValue().multiply(b.planValue()).compareTo(b.actualValue().multiply(a.planValue()));
	}

	/** Sign of (fulfilment − percent %), e.g. {@code compareTo(f, 90) < 0} for below 90 %. */
	static int compareTo(Fulfilment fulfilment, BigDecimal percent) {
		return fulfilment.actualValue().multiply(HUNDRED).compareTo(percent.multiply(fulfilment.planValue()));
	}

}
