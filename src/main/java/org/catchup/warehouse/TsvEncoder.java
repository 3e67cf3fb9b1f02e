package org.catchup.warehouse;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Writes rows in the text format of MySQL's {@code LOAD DATA} with its default escapes (tab
 * between fields, newline after rows, backslash escapes, {@code \N} for null) as UTF-8 bytes
 * into a buffer, by hand: it runs once per field of a million rows.
 */
final class TsvEncoder {

	private byte[] buffer;

	private int length;

	TsvEncoder(int capacity) {
		this.buffer = new byte[capacity];
	}

	int length() {
		return length;
	}

	/** The bytes written so far; the encoder starts empty again. */
	byte[] take() {
		byte[] bytes = Arrays.copyOf(buffer, length);
		length = 0;
		return bytes;
	}

	/** The byte at {@code index} of those written so far. */
	byte byteAt(int index) {
		return buffer[index];
	}

	/** The bytes written so far, read in place: write nothing more while it is read. */
	InputStream stream() {
		return new ByteArrayInputStream(buffer, 0, length);
	}

	void text(String value) {
		if (value == null) {
			nullValue();
			return;
		}
		ensure(value.length() * 4 + 2);
		byte[] b = buffer;
		int n = length;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x80) {
				switch (c) {
					case '\\' -> { b[n++] = '\\'; b[n++] = '\\'; }
					case '\t' -> { b[n++] = '\\'; b[n++] = 't'; }
					case '\n' -> { b[n++] = '\\'; b[n++] = 'n'; }
					case '\r' -> { b[n++] = '\\'; b[n++] = 'r'; }
					case '\0' -> { b[n++] = '\\'; b[n++] = '0'; }
					case 26 -> { b[n++] = '\\'; b[n++] = 'Z'; }
					default -> b[n++] = (byte) c;
				}
			}
			else if (c < 0x800) {
				b[n++] = (byte) (0xC0 | c >> 6);
				b[n++] = (byte) (0x80 | c & 0x3F);
			}
			else if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				int cp = Character.toCodePoint(c, value.charAt(++i));
				b[n++] = (byte) (0xF0 | cp >> 18);
				b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
				b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
				b[n++] = (byte) (0x80 | cp & 0x3F);
			}
			else if (Character.isSurrogate(c)) {
				b[n++] = '?'; // an unpaired surrogate, as String.getBytes would write it
			}
			else {
				b[n++] = (byte) (0xE0 | c >> 12);
				b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
				b[n++] = (byte) (0x80 | c & 0x3F);
			}
		}
		length = n;
	}

	/** As {@link BigDecimal#toPlainString()} writes it; written digit by digit when it fits a long. */
	void number(BigDecimal value) {
		if (value == null) {
			nullValue();
			return;
		}
		int scale = value.scale();
		if (scale < 0 || scale > 18 || value.precision() > 18) {
			ascii(value.toPlainString());
			return;
		}
		long unscaled = value.unscaledValue().longValue();
		ensure(22);
		if (unscaled < 0) {
			buffer[length++] = '-';
			unscaled = -unscaled;
		}
		int digits = digits(unscaled);
		if (digits <= scale) {
			// 0.0005: a zero, the point, then zeros up to the digits
			buffer[length++] = '0';
			buffer[length++] = '.';
			for (int i = digits; i < scale; i++) {
				buffer[length++] = '0';
			}
			writeDigits(unscaled, digits);
			return;
		}
		if (scale == 0) {
			writeDigits(unscaled, digits);
			return;
		}
		// the digits with the point before the last {@code scale} of them
		int end = length + digits + 1;
		int point = end - scale - 1;
		for (int at = end - 1; at > point; at--) {
			buffer[at] = (byte) ('0' + unscaled % 10);
			unscaled /= 10;
		}
		buffer[point] = '.';
		for (int at = point - 1; at >= length; at--) {
			buffer[at] = (byte) ('0' + unscaled % 10);
			unscaled /= 10;
		}
		length = end;
	}

	void number(long value) {
		if (value == Long.MIN_VALUE) {
			ascii(Long.toString(value));
			return;
		}
		ensure(20);
		if (value < 0) {
			buffer[length++] = '-';
			value = -value;
		}
		writeDigits(value, digits(value));
	}

	void number(Integer value) {
		if (value == null) {
			nullValue();
		}
		else {
			number(value.longValue());
		}
	}

	void tab() {
		ensure(1);
		buffer[length++] = '\t';
	}

	void newline() {
		ensure(1);
		buffer[length++] = '\n';
	}

	/** The decimal digits of a non-negative value, {@code digits} of them, at the end of the buffer. */
	private void writeDigits(long value, int digits) {
		int at = length + digits;
		length = at;
		do {
			buffer[--at] = (byte) ('0' + value % 10);
			value /= 10;
		}
		while (value != 0);
	}

	private static int digits(long value) {
		int digits = 1;
		for (long bound = 10; digits < 19 && value >= bound; bound *= 10) {
			digits++;
		}
		return digits;
	}

	private void nullValue() {
		ascii("\\N");
	}

	private void ascii(String value) {
		ensure(value.length());
		for (int i = 0; i < value.length(); i++) {
			buffer[length++] = (byte) value.charAt(i);
		}
	}

	private void ensure(int more) {
		if (length + more > buffer.length) {
			buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
		}
	}

}
