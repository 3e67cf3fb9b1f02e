package org.catchup.submission;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;
import org.catchup.spreadsheet.SheetCell;

/** Reads the reporting month: {@code 1959-08}, {@code 08/1959}, {@code August 1959}, {@code März 1959}, a date. */
final class PeriodParser {

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");

	private static final Pattern MONTH_SLASH_YEAR = Pattern.compile("(\\d{1,2})\\s*[/.]\\s*(\\d{4})");

	private static final Pattern GERMAN_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

	private static final Pattern NAME_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{4})");

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("jan", 1),
			Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("february", 2), Map.entry("feb", 2),
			Map.entry("februar", 2), Map.entry("march", 3), Map.entry("mar", 3), Map.entry("märz", 3),
			Map.entry("maerz", 3), Map.entry("mär", 3), Map.entry("mrz", 3), Map.entry("april", 4),
			Map.entry("apr", 4), Map.entry("may", 5), Map.entry("mai", 5), Map.entry("june", 6), Map.entry("jun", 6),
			Map.entry("juni", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("juli", 7),
			Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9),
			Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10), Map.entry("oktober", 10),
			Map.entry("okt", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
			Map.entry("dec", 12), Map.entry("dezember", 12), Map.entry("dez", 12));

	private PeriodParser() {
	}

	static Optional<YearMonth> parse(SheetCell cell) {
		if (cell == null) {
			return Optional.empty();
		}
		return switch (cell.kind()) {
			case DATE -> fromSerial(cell.number());
			case TEXT -> parseText(cell.text());
			default -> Optional.empty();
		};
	}

	static Optional<YearMonth> parseText(String raw) {
		if (raw == null) {
			return Optional.empty();
		}
		String text = raw.strip().toLowerCase(Locale.ROOT);
		Matcher m = ISO.matcher(text);
		if (m.matches()) {
			return month(m.group(1), m.group(2));
		}
		m = MONTH_SLASH_YEAR.matcher(text);
		if (m.matches()) {
			return month(m.group(2), m.group(1));
		}
		m = GERMAN_DATE.matcher(text);
		if (m.matches()) {
			return month(m.group(3), m.group(2));
		}
		m = NAME_YEAR.matcher(text);
		if (m.matches() && MONTHS.containsKey(m.group(1))) {
			return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), MONTHS.get(m.group(1))));
		}
		return Optional.empty();
	}

	private static Optional<YearMonth> month(String year, String month) {
		int m = Integer.parseInt(month);
		return m < 1 || m > 12 ? Optional.empty() : Optional.of(YearMonth.of(Integer.parseInt(year), m));
	}

	private static Optional<YearMonth> fromSerial(double serial) {
		if (!DateUtil.isValidExcelDate(serial) || serial < 1) {
			return Optional.empty();
		}
		LocalDate date = DateUtil.getLocalDateTime(serial).toLocalDate();
		return Optional.of(YearMonth.from(date));
	}

}
