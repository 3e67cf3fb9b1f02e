package org.catchup.bulletin.pdf;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import org.catchup.figures.Band;
import org.catchup.figures.Fulfilment;
import org.catchup.i18n.Texts;

/**
 * How the PDF writes numbers, dates and the words built in Java, in the bulletin's language.
 * Formatting in Java keeps the templates free of number logic and makes the PDF read exactly like
 * the Excel bulletin (SPEC §6: one decimal, half up); {@link Texts} does the formatting.
 */
final class Formats {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final BigDecimal NINETY = BigDecimal.valueOf(90);

	private final Texts texts;

	Formats(Texts texts) {
		this.texts = texts;
	}

	Texts texts() {
		return texts;
	}

	/** The sentence {@code key} of the message bundles. */
	String text(String key, Object... arguments) {
		return texts.get(key, arguments);
	}

	/** "81.9 %" / "81,9 %", or n/a; null for none at all. */
	String percent(Fulfilment fulfilment) {
		return texts.percent(fulfilment);
	}

	String percent(BigDecimal percent) {
		return texts.percent(percent);
	}

	/**
	 * "critical" below 90 %, "behind" below 100 %, else null: the colour of a fulfilment cell. A
	 * key the templates compare, never shown: {@link #bandLabel(String)} words it.
	 */
	static String band(Fulfilment fulfilment) {
		if (fulfilment == null || !fulfilment.isBelowPlan()) {
			return null;
		}
		return fulfilment.percent().compareTo(NINETY) < 0 ? Band.CRITICAL.label() : Band.BEHIND.label();
	}

	/** The reader's word for a band key: "critical" / "kritisch". */
	String bandLabel(String band) {
		for (Band each : Band.values()) {
			if (each.label().equals(band)) {
				return texts.band(each);
			}
		}
		return null;
	}

	/** Percentage points with a sign, "+1.2" or "-4,4"; null when unknown. */
	String points(BigDecimal points) {
		return texts.points(points);
	}

	/** "September 1959", "Juli 1959". */
	String month(YearMonth month) {
		return texts.month(month);
	}

	/** "Sep", for chart categories. */
	String shortMonth(YearMonth month) {
		return texts.shortMonth(month);
	}

	static String dateTime(LocalDateTime dateTime) {
		return dateTime == null ? null : dateTime.format(DATE_TIME);
	}

	/** "Thälmann-Schacht (TS)". */
	static String named(String name, String code) {
		return name + " (" + code + ")";
	}

}
