package org.catchup.web;

import java.time.Clock;
import java.time.YearMonth;

import org.catchup.figures.MonthText;
import org.catchup.web.error.Refusal;
import org.springframework.http.HttpStatus;

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
			throw refused.fault() == MonthText.Fault.NOT_BEGUN
					? new Refusal(HttpStatus.BAD_REQUEST, "error.month.future", text.strip())
					: new Refusal(HttpStatus.BAD_REQUEST, "error.month.malformed", abbreviated(text));
		}
	}

	/** Keeps an absurdly long address from filling the answer. */
	private static String abbreviated(String text) {
		String shown = text == null ? "" : text;
		return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
	}

}
