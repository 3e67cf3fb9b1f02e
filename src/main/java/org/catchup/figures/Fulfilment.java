package org.catchup.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Actual value against plan value. The percentage is kept exact for comparing and
 * aggregating; it is rounded half up to one decimal only when shown (SPEC §6). A zero plan
 * value makes it undefined: shown as {@code n/a} and never ranked.
 */
public record Fulfilment(BigDecimal planValue, BigDecimal actualValue) {

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

	/** The percentage as shown: one decimal, rounded half up; null for n/a. */
	public BigDecimal shownPercent() {
		BigDecimal percent = percent();
		return percent == null ? null : percent.setScale(1, RoundingMode.HALF_UP);
	}

	/** "81.9 %" or "n/a". */
	public String shown() {
		BigDecimal shown = shownPercent();
		return shown == null ? "n/a" : shown.toPlainString() + " %";
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
