package org.catchup.bulletin.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.catchup.figures.Band;
import org.catchup.figures.Fulfilment;

/**
 * How the PDF writes numbers and dates. Formatting in Java keeps the templates free of
 * number logic and makes the PDF read exactly like the Excel bulletin (SPEC §6: one decimal,
 * half up).
 */
final class Formats {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter MONTH_SHORT = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final BigDecimal NINETY = BigDecimal.valueOf(90);

	private Formats() {
	}

	/** "81.9 %" or "n/a". */
	static String percent(Fulfilment fulfilment) {
		return fulfilment == null ? null : fulfilment.shown();
	}

	/** "critical" below 90 %, "behind" below 100 %, else null: the colour of a fulfilment cell. */
	static String band(Fulfilment fulfilment) {
		if (fulfilment == null || !fulfilment.isBelowPlan()) {
			return null;
		}
		return fulfilment.percent().compareTo(NINETY) < 0 ? Band.CRITICAL.label() : Band.BEHIND.label();
	}

	/** Percentage points with a sign, "+1.2" or "-4.4"; null when unknown. */
	static String points(BigDecimal points) {
		if (points == null) {
			return null;
		}
		BigDecimal shown = points.setScale(1, RoundingMode.HALF_UP);
		return (shown.signum() > 0 ? "+" : "") + shown.toPlainString();
	}

	/** "September 1959". */
	static String month(YearMonth month) {
		return month.format(MONTH);
	}

	/** "Sep", for chart categories. */
	static String shortMonth(YearMonth month) {
		return month.format(MONTH_SHORT);
	}

	static String dateTime(LocalDateTime dateTime) {
		return dateTime == null ? null : dateTime.format(DATE_TIME);
	}

	/** "Thälmann-Schacht (TS)". */
	static String named(String name, String code) {
		return name + " (" + code + ")";
	}

}
