package org.catchup.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.catchup.figures.AssistanceResult;
import org.catchup.figures.Band;
import org.catchup.figures.Fulfilment;
import org.catchup.figures.Outlook;
import org.catchup.figures.PioneerFallingBehind;
import org.catchup.figures.ShownPercent;
import org.catchup.figures.SubmissionStatus;
import org.springframework.context.MessageSource;

/**
 * Words and numbers for one reader's language: sentences from the message bundles
 * ({@code messages.properties}, {@code messages_de.properties}), and the one place that formats
 * a percentage, a change in points and a month for a reader. {@link ShownPercent} decides how
 * many decimals a percentage has; the locale decides the separator.
 */
public final class Texts {

	private final MessageSource messages;

	private final Locale locale;

	private final DateTimeFormatter month;

	private final DateTimeFormatter shortMonth;

	private Texts(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		this.month = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
		this.shortMonth = DateTimeFormatter.ofPattern("LLL", locale);
	}

	public static Texts of(MessageSource messages, Locale locale) {
		return new Texts(messages, locale);
	}

	public static Texts of(MessageSource messages, Language language) {
		return new Texts(messages, language.locale());
	}

	public Locale locale() {
		return locale;
	}

	public String get(Message message) {
		return get(message.key(), message.argumentArray());
	}

	/** The sentence {@code key}, or null when the bundles have no such key. */
	public String find(String key, Object... arguments) {
		return messages.getMessage(key, arguments, null, locale);
	}

	/** The sentence {@code key} with its {@code {0}}, {@code {1}} filled in. */
	public String get(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/** "81.9 %" / "81,9 %", "99.96 %" near a line, or n/a in the reader's words for null. */
	public String percent(BigDecimal percent) {
		String text = ShownPercent.text(percent, locale);
		return text == null ? notAvailable() : text;
	}

	/** As {@link #percent(BigDecimal)}; null for no fulfilment at all (a blank cell). */
	public String percent(Fulfilment fulfilment) {
		return fulfilment == null ? null : percent(fulfilment.percent());
	}

	/** The shown number without its sign, "81,9": for lists of percentages. */
	public String percentNumber(BigDecimal percent) {
		BigDecimal shown = ShownPercent.of(percent);
		return shown == null ? notAvailable() : ShownPercent.number(shown, locale);
	}

	/** Percentage points with a sign and one decimal, "+1.2" / "+1,2", "-4.4"; null when unknown. */
	public String points(BigDecimal points) {
		if (points == null) {
			return null;
		}
		BigDecimal shown = points.setScale(1, RoundingMode.HALF_UP);
		return (shown.signum() > 0 ? "+" : "") + ShownPercent.number(shown, locale);
	}

	/** "September 1959", "Juli 1959". */
	public String month(YearMonth value) {
		return value.format(month);
	}

	/** "Sep", "Sept": chart categories. */
	public String shortMonth(YearMonth value) {
		return value.format(shortMonth);
	}

	public String notAvailable() {
		return get("figures.notAvailable");
	}

	/** "critical", "behind"; null for none. */
	public String band(Band band) {
		return band == null ? null : get("band." + band.name());
	}

	/** "met", "on track", "reachable", "out of reach"; n/a without an annual plan. */
	public String outlook(Outlook outlook) {
		return outlook == null ? notAvailable() : get("outlook." + outlook.name());
	}

	/** "caught up", "improving", "not yet", with "; helper slipped" when it did. */
	public String outcome(AssistanceResult result) {
		String outcome = get("outcome." + result.outcome().name());
		return result.helperSlipped() ? get("outcome.helperSlipped", outcome) : outcome;
	}

	public String status(SubmissionStatus status) {
		return get("submissionStatus." + status.name());
	}

	/**
	 * A submission problem's sentence, found by its code ({@code problem.<CODE>}) and filled with
	 * its place ({0}, "whole file" when it has none), column ({1}), value found ({2}) and the rule's
	 * own English sentence ({3}). English shows the rule's sentence with all its detail; another
	 * language words each code once, around the place, column and value. Without a value found,
	 * {@code problem.<CODE>.blank} is used where the bundles have it; a code they do not know
	 * keeps the rule's sentence.
	 */
	public String problem(String code, String location, String column, String value, String message) {
		String where = location == null || location.isEmpty() ? get("problems.wholeFile") : location;
		Object[] arguments = { where, column == null ? "" : column, value == null ? "" : value,
				message == null ? "" : message };
		String key = "problem." + code;
		String sentence = value == null || value.isBlank() ? find(key + ".blank", arguments) : null;
		if (sentence == null) {
			sentence = find(key, arguments);
		}
		return sentence == null ? message : sentence;
	}

	/** "Top third in 4 of the last 6 months; now 96.3 %", "fell three months running: 112.0 % → …". */
	public String pioneerReason(PioneerFallingBehind pioneer) {
		List<String> reasons = new ArrayList<>();
		if (pioneer.nowBelowPlan()) {
			reasons.add(get("pioneer.belowPlan", pioneer.monthsInTopThird(), pioneer.monthsLookedAt(),
					percent(pioneer.month())));
		}
		if (pioneer.fellThreeMonthsRunning()) {
			String months = pioneer.fell().stream().map(this::percent).collect(Collectors.joining(" → "));
			reasons.add(get(reasons.isEmpty() ? "pioneer.fell" : "pioneer.fell.also", months));
		}
		return String.join("; ", reasons);
	}

}
