package org.catchup.web;

import org.catchup.web.error.Refusal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A month named in an address (the figures page, the figures API): {@code 1959-09}, not after
 * the current month. Anything else is the caller's mistake, answered with 400 and a sentence.
 */
public final class MonthParameter {

	private MonthParameter() {
	}

	public static YearMonth parse(String text) {
		return parse(text, Clock.systemDefaultZone());
	}

	public static YearMonth parse(String text, Clock clock) {
		YearMonth month;
		try {
			month = YearMonth.parse(text == null ? "" : text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "error.month.malformed", abbreviated(text));
		}
		if (month.isAfter(YearMonth.now(clock))) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "error.month.future", month.toString());
		}
		return month;
	}

	/** Keeps an absurdly long address from filling the answer. */
	private static String abbreviated(String text) {
		String shown = text == null ? "" : text;
		return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
	}

}
