package org.catchup.validation;

import java.util.Arrays;

/**
 * The (team code, indicator) keys of a file with the row where each first appeared, for the
 * duplicate check. Compact because a file may hold a million keys under a 256 MB heap: the
 * characters of all keys sit in one array and an open-addressing table of longs points at them,
 * about 45 bytes a key instead of ~150 for a HashMap of Strings and Integers. Exact: a hash
 * collision is resolved by comparing characters. Each slot keeps its key's hash beside the key's
 * number, so a probe past other keys reads the slot alone, not their characters (a new key is
 * the common case, and a million keys do not fit any cache), and growing the table rehashes
 * nothing.
 */
final class FirstRowIndex {

	private char[] chars = new char[1024];

	private int charCount;

	/** per key: where its characters start; its length is the next start minus this */
	private int[] starts = new int[65];

	private int[] rows = new int[64];

	private int size;

	/** slots hold the key's hash in the high half and its number + 1 in the low half; 0 is empty */
	private long[] slots = new long[128];

	/** Remembers the key at {@code row} if new; returns the first row of an old key, else 0. */
	int putIfAbsent(String team, String indicator, int row) {
		int hash = hash(team, indicator);
		int mask = slots.length - 1;
		for (int i = hash & mask;; i = (i + 1) & mask) {
			long slot = slots[i];
			if (slot == 0) {
				slots[i] = (long) hash << 32 | add(team, indicator, row) + 1;
				if (size * 2 > slots.length) {
					rehash();
				}
				return 0;
			}
			int key = (int) slot - 1;
			if ((int) (slot >>> 32) == hash && matches(key, team, indicator)) {
				return rows[key];
			}
		}
	}

	private int add(String team, String indicator, int row) {
		int length = team.length() + 1 + indicator.length();
		if (charCount + length > chars.length) {
			chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + length));
		}
		team.getChars(0, team.length(), chars, charCount);
		chars[charCount + team.length()] = '\0';
		indicator.getChars(0, indicator.length(), chars, charCount + team.length() + 1);
		if (size + 1 >= rows.length) {
			rows = Arrays.copyOf(rows, rows.length * 2);
			starts = Arrays.copyOf(starts, rows.length + 1);
		}
		starts[size] = charCount;
		charCount += length;
		starts[size + 1] = charCount;
		rows[size] = row;
		return size++;
	}

	private boolean matches(int key, String team, String indicator) {
		int start = starts[key];
		if (starts[key + 1] - start != team.length() + 1 + indicator.length()) {
			return false;
		}
		for (int i = 0; i < team.length(); i++) {
			if (chars[start + i] != team.charAt(i)) {
				return false;
			}
		}
		start += team.length() + 1;
		for (int i = 0; i < indicator.length(); i++) {
			if (chars[start + i] != indicator.charAt(i)) {
				return false;
			}
		}
		return chars[start - 1] == '\0';
	}

	private void rehash() {
		long[] bigger = new long[slots.length * 2];
		int mask = bigger.length - 1;
		for (long slot : slots) {
			if (slot != 0) {
				int i = (int) (slot >>> 32) & mask;
				while (bigger[i] != 0) {
					i = (i + 1) & mask;
				}
				bigger[i] = slot;
			}
		}
		slots = bigger;
	}

	private static int hash(String team, String indicator) {
		int h = 0;
		for (int i = 0; i < team.length(); i++) {
			h = 31 * h + team.charAt(i);
		}
		h = 31 * h;
		for (int i = 0; i < indicator.length(); i++) {
			h = 31 * h + indicator.charAt(i);
		}
		return mix(h);
	}

	private static int mix(int h) {
		h *= 0x9E3779B9;
		return h ^ (h >>> 16);
	}

}
