package org.catchup.figures;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * A month as people type it, wherever they type it (job parameters, addresses, the assistance
 * pages and API): {@code YYYY-MM}, blanks around it ignored. The callers word the refusal for
 * their readers; what counts as a month is decided here once.
 */
public final class MonthText {

	private static final Pattern YEAR_DASH_MONTH = Pattern.compile("\\d{4}-\\d{2}");

	/** Why a text is not the month asked for. */
	public enum Fault {

		/** Not written as {@code YYYY-MM} (empty and null included). */
		NOT_A_MONTH,
		/** Written as {@code YYYY-MM}, but the month number is not 01 to 12. */
		NO_SUCH_MONTH,
		/** A month that has not begun yet. */
		NOT_BEGUN

	}

	/** A text refused as a month, with the reason; the message is for logs, callers word their own. */
	public static final class Refused extends IllegalArgumentException {

		private final transient Fault fault;

		private final String text;

		Refused(Fault fault, String text) {
			super(fault + ": " + text);
			this.fault = fault;
			this.text = text;
		}

		public Fault fault() {
			return fault;
		}

		/** The text as it was given (may be null). */
		public String text() {
			return text;
		}

	}

	private MonthText() {
	}

	/**
	 * The month written {@code YYYY-MM}.
	 * @throws Refused with {@link Fault#NOT_A_MONTH} or {@link Fault#NO_SUCH_MONTH}
	 */
	public static YearMonth parse(String text) {
		String trimmed = text == null ? "" : text.strip();
		if (!YEAR_DASH_MONTH.matcher(trimmed).matches()) {
			throw new Refused(Fault.NOT_A_MONTH, text);
		}
		try {
			return YearMonth.of(Integer.parseInt(trimmed.substring(0, 4)), Integer.parseInt(trimmed.substring(5)));
		}
		catch (DateTimeException ex) {
			throw new Refused(Fault.NO_SUCH_MONTH, text);
		}
	}

	/**
	 * The month written {@code YYYY-MM}, not after the current month of {@code clock}.
	 * @throws Refused with any {@link Fault}
	 */
	public static YearMonth parseBegun(String text, Clock clock) {
		YearMonth month = parse(text);
		if (month.isAfter(YearMonth.now(clock))) {
			throw new Refused(Fault.NOT_BEGUN, text);
		}
		return month;
	}

}
