package org.catchup.figures;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Exact decimals kept as bytes, each read back as the {@link BigDecimal} it was (same value, same
 * scale). What the national figures hold per team or per enterprise and month goes here: a
 * BigDecimal object costs 40 bytes, 112 with the 34 digits of a percentage, packed one costs
 * 6 to 20 (its scale, its digits' bytes and an offset).
 */
final class PackedDecimals {

	/** A byte of this value says "four bytes follow". */
	private static final int WIDE = 255;

	/** Scales -100..154 fit the one byte. */
	private static final int SCALE_BIAS = 100;

	private byte[] bytes = new byte[256];

	private int used;

	private int[] offsets = new int[64];

	private int size;

	/** Appends {@code value}; returns its index. */
	int add(BigDecimal value) {
		byte[] digits = value.unscaledValue().toByteArray();
		ensure(digits.length + 10);
		if (size == offsets.length) {
			offsets = Arrays.copyOf(offsets, Math.max(16, size + size / 2));
		}
		offsets[size] = used;
		// the scale and the number of bytes in one byte each, or a marker and four bytes when larger
		put(value.scale() + SCALE_BIAS, WIDE);
		put(digits.length, WIDE);
		System.arraycopy(digits, 0, bytes, used, digits.length);
		used += digits.length;
		return size++;
	}

	BigDecimal get(int index) {
		if (index < 0 || index >= size) {
			throw new IndexOutOfBoundsException("Decimal " + index + " of " + size);
		}
		int[] at = { offsets[index] };
		int scale = take(at) - SCALE_BIAS;
		int length = take(at);
		return new BigDecimal(new BigInteger(bytes, at[0], length), scale);
	}

	private void put(int value, int wide) {
		if (value >= 0 && value < wide) {
			bytes[used++] = (byte) value;
			return;
		}
		bytes[used++] = (byte) wide;
		for (int shift = 24; shift >= 0; shift -= 8) {
			bytes[used++] = (byte) (value >>> shift);
		}
	}

	private int take(int[] at) {
		int first = bytes[at[0]++] & 0xFF;
		if (first < WIDE) {
			return first;
		}
		int value = 0;
		for (int i = 0; i < 4; i++) {
			value = (value << 8) | (bytes[at[0]++] & 0xFF);
		}
		return value;
	}

	/** Gives back the room kept for more (up to half of what it holds): call when no more come. */
	void trim() {
		bytes = Arrays.copyOf(bytes, used);
		offsets = Arrays.copyOf(offsets, size);
	}

	int size() {
		return size;
	}

	private void ensure(int more) {
		if (used + more > bytes.length) {
			// grown by half, not doubled: less room left unused while the country is read
			bytes = Arrays.copyOf(bytes, Math.max(bytes.length + bytes.length / 2, used + more));
		}
	}

}
