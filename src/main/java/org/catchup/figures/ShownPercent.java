package org.catchup.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * How a percentage is shown, the same in every renderer (SPEC §6): one decimal, rounded half
 * up, except that a figure never crosses a line by rounding. A value below 90, 100 or 105 that
 * one decimal would round up to the line (99.96 → 100.0) is shown with two decimals (99.96),
 * and with more only when two would still reach it (99.996). Renderers that keep the exact
 * value (Excel) use {@link #decimals(BigDecimal)} to pick the display format. The rule decides
 * how many decimals; the reader's locale decides only the separator ({@code 81.9 %}, {@code 81,9 %}).
 */
public final class ShownPercent {

	/** The lines a reader judges by: critical (90), plan (100), helper (105). */
	static final List<BigDecimal> LINES = List.of(BigDecimal.valueOf(90), BigDecimal.valueOf(100),
			BigDecimal.valueOf(105));

	public static final String NOT_AVAILABLE = "n/a";

	private ShownPercent() {
	}

	/**
	 * How many decimals {@code percent} is shown with: 1, or 2 (rarely more) where one decimal
	 * rounded half up would reach a line the value is below; 1 for null.
	 */
	public static int decimals(BigDecimal percent) {
		if (percent == null) {
			return 1;
		}
		BigDecimal line = nextLineAbove(percent);
		if (line == null || percent.setScale(1, RoundingMode.HALF_UP).compareTo(line) < 0) {
			return 1;
		}
		// at the value's own scale nothing is rounded, so the loop always ends below the line
		int decimals = 2;
		while (decimals < percent.scale() && percent.setScale(decimals, RoundingMode.HALF_UP).compareTo(line) >= 0) {
			decimals++;
		}
		return decimals;
	}

	/** The shown number: {@code percent} rounded half up to {@link #decimals(BigDecimal)}; null for null. */
	public static BigDecimal of(BigDecimal percent) {
		return percent == null ? null : percent.setScale(decimals(percent), RoundingMode.HALF_UP);
	}

	/** "81.9 %", "99.96 %", or "n/a" for null. */
	public static String text(BigDecimal percent) {
		String text = text(percent, Locale.ENGLISH);
		return text == null ? NOT_AVAILABLE : text;
	}

	/**
	 * "81.9 %" in English, "81,9 %" in German: the shown number with the locale's decimal
	 * separator and no grouping; null for null, so the caller says n/a in its reader's words.
	 */
	public static String text(BigDecimal percent, Locale locale) {
		BigDecimal shown = of(percent);
		return shown == null ? null : number(shown, locale) + " %";
	}

	/** {@code value} with exactly its scale's decimals, the locale's separator and no grouping: "81,9". */
	public static String number(BigDecimal value, Locale locale) {
		DecimalFormat format = new DecimalFormat("0", DecimalFormatSymbols.getInstance(locale));
		format.setMinimumFractionDigits(Math.max(0, value.scale()));
		format.setMaximumFractionDigits(Math.max(0, value.scale()));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}

	/** The smallest line strictly above {@code percent}, or null above the highest. */
	private static BigDecimal nextLineAbove(BigDecimal percent) {
		for (BigDecimal line : LINES) {
			if (percent.compareTo(line) < 0) {
				return line;
			}
		}
		return null;
	}

}
