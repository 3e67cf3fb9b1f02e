package org.catchup.web;

import java.time.Clock;
import java.time.YearMonth;

import org.catchup.figures.MonthText;
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
		try {
			return MonthText.parseBegun(text, clock);
		}
		catch (MonthText.Refused refused) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, refused.fault() == MonthText.Fault.NOT_BEGUN
					? text.strip() + " is in the future: there are figures only for months that have begun."
					: "'" + abbreviated(text) + "' is not a month: write it as year and month, like 1959-09.");
		}
	}

	/** Keeps an absurdly long address from filling the answer. */
	private static String abbreviated(String text) {
		String shown = text == null ? "" : text;
		return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
	}

}
