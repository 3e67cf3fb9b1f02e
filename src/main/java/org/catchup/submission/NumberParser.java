package org.catchup.submission;

import java.math.BigDecimal;

import org.catchup.spreadsheet.SheetCell;
import org.catchup.validation.NumberReading.Kind;
import org.catchup.validation.NumberReading;

/**
 * Reads plan and actual figures. A numeric cell is a number; a number typed as text is accepted
 * only when no reader could take it another way, because a silent factor of 1000 is the worst
 * mistake a consolidation can make.
 */
final class NumberParser {

	private NumberParser() {
	}

	static NumberReading read(SheetCell cell) {
		if (cell == null) {
			return NumberReading.of(Kind.BLANK);
		}
		return switch (cell.kind()) {
			case NUMBER -> new NumberReading(Kind.NUMBER, decimal(cell.number()));
			case TEXT -> parseText(cell.text());
			case ERROR -> NumberReading.of(Kind.ERROR_CELL);
			case FORMULA_WITHOUT_RESULT -> NumberReading.of(Kind.FORMULA_WITHOUT_RESULT);
			case DATE -> NumberReading.of(Kind.DATE);
			case BOOLEAN -> NumberReading.of(Kind.NOT_A_NUMBER);
		};
	}

	/**
	 * Exactly {@link BigDecimal#valueOf(double)}: the value and the scale of {@code Double.toString}.
	 * A whole number below 10^7 is written there as its digits and ".0", so it is its digits × 10
	 * at scale 1, made here without formatting and parsing text (three cells of every row).
	 */
	static BigDecimal decimal(double number) {
		if (number == Math.rint(number) && Math.abs(number) < 1e7) {
			return BigDecimal.valueOf((long) number * 10, 1);
		}
		return BigDecimal.valueOf(number);
	}

	static NumberReading parseText(String raw) {
		if (raw == null) {
			return NumberReading.of(Kind.BLANK);
		}
		String text = raw.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ').strip();
		if (text.isEmpty()) {
			return NumberReading.of(Kind.BLANK);
		}
		boolean negative = false;
		char first = text.charAt(0);
		if (first == '-' || first == '+' || first == '\u2212') {
			negative = first != '+';
			text = text.substring(1).strip();
		}
		if (!text.matches("[0-9., ]*[0-9][0-9., ]*")) {
			return NumberReading.of(Kind.NOT_A_NUMBER);
		}
		Split split = split(text);
		if (split == null) {
			return NumberReading.of(Kind.NOT_A_NUMBER);
		}
		if (split.ambiguous) {
			return NumberReading.of(Kind.AMBIGUOUS);
		}
		String integerDigits = groupedDigits(split.integer, split.grouping);
		if (integerDigits == null || !split.fraction.matches("[0-9]*")
				|| integerDigits.isEmpty() && split.fraction.isEmpty()) {
			return NumberReading.of(Kind.NOT_A_NUMBER);
		}
		BigDecimal value = new BigDecimal((integerDigits.isEmpty() ? "0" : integerDigits)
				+ (split.fraction.isEmpty() ? "" : "." + split.fraction));
		return new NumberReading(Kind.NUMBER_AS_TEXT, negative ? value.negate() : value);
	}

	/** The integer part, its grouping character (0 for none) and the fraction. */
	private record Split(String integer, char grouping, String fraction, boolean ambiguous) {
	}

	private static Split split(String text) {
		int dots = count(text, '.');
		int commas = count(text, ',');
		boolean spaces = text.indexOf(' ') >= 0;
		if (dots > 0 && commas > 0) {
			// both present: the last one is the decimal mark (1.234,5 and 1,234.5)
			char decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
			char grouping = decimal == '.' ? ',' : '.';
			if (count(text, decimal) > 1 || spaces) {
				return null;
			}
			int at = text.lastIndexOf(decimal);
			return new Split(text.substring(0, at), grouping, text.substring(at + 1), false);
		}
		if (dots + commas == 0) {
			return new Split(text, spaces ? ' ' : 0, "", false);
		}
		char mark = dots > 0 ? '.' : ',';
		if (dots + commas > 1) {
			// 1.234.567 can only be grouping
			return spaces ? null : new Split(text, mark, "", false);
		}
		int at = text.indexOf(mark);
		String integer = text.substring(0, at);
		String fraction = text.substring(at + 1);
		// 1,234 and 1.234: one mark followed by exactly three digits reads both ways, unless the
		// integer is spaced into groups (1 234,567) or zero (0,125), which no one writes as thousands
		boolean ambiguous = fraction.length() == 3 && !spaces && !integer.isEmpty() && !integer.matches("0+");
		return new Split(integer, spaces ? ' ' : 0, fraction, ambiguous);
	}

	/** The digits of an integer part written with an optional thousands separator; null if malformed. */
	private static String groupedDigits(String integer, char grouping) {
		if (grouping == 0) {
			return integer.matches("[0-9]*") ? integer : null;
		}
		String[] groups = integer.split(java.util.regex.Pattern.quote(String.valueOf(grouping)), -1);
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < groups.length; i++) {
			String group = groups[i];
			boolean valid = i == 0 ? group.matches("[0-9]{1,3}") : group.matches("[0-9]{3}");
			if (!valid) {
				return null;
			}
			digits.append(group);
		}
		return digits.toString();
	}

	private static int count(String text, char c) {
		int n = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == c) {
				n++;
			}
		}
		return n;
	}

}
