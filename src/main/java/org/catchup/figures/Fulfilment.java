package org.catchup.figures;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Actual value against plan value. The percentage is kept exact for comparing and
 * aggregating; it is rounded only when shown, by {@link ShownPercent} (SPEC §6: one decimal,
 * half up, never crossing a line). A zero plan value makes it undefined: shown as
 * {@code n/a} and never ranked.
 */
public record Fulfilment(BigDecimal planValue, BigDecimal actualValue) implements Serializable {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public static final Fulfilment NONE = new Fulfilment(BigDecimal.ZERO, BigDecimal.ZERO);

	public boolean isDefined() {
		return planValue.signum() > 0;
	}

	/** The exact percentage (34 significant digits), or null when the plan value is zero. */
	public BigDecimal percent() {
		if (!isDefined()) {
			return null;
		}
		return actualValue.multiply(HUNDRED).divide(planValue, MathContext.DECIMAL128);
	}

	/** The percentage as shown (81.9, or 99.96 where one decimal would reach 100); null for n/a. */
	public BigDecimal shownPercent() {
		return ShownPercent.of(percent());
	}

	/** How many decimals {@link #shownPercent()} has: 1, or more where a line is near. */
	public int shownDecimals() {
		return ShownPercent.decimals(percent());
	}

	/** "81.9 %", "99.96 %" or "n/a". */
	public String shown() {
		return ShownPercent.text(percent());
	}

	public boolean isBelowPlan() {
		// actual < plan is the exact form of percent < 100, free of the division's rounding
		return isDefined() && actualValue.compareTo(planValue) < 0;
	}

	public Fulfilment plus(Fulfilment other) {
		return new Fulfilment(planValue.add(other.planValue), actualValue.add(other.actualValue));
	}

	/** Change in percentage points from {@code previous}; null when either is n/a. */
	public BigDecimal changeFrom(Fulfilment previous) {
		if (previous == null || !isDefined() || !previous.isDefined()) {
			return null;
		}
		return percent().subtract(previous.percent());
	}

}
