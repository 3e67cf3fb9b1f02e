package org.catchup.warehouse;

import java.io.InputStream;
import java.util.Arrays;

/**
 * The distinct teams of one submission's lines, gathered while they stream to the fact table,
 * as the team table's rows for a {@code LOAD DATA}: code, name and section, tab-separated, one
 * line a team, in the order the teams first appear. It stands for the grouped
 * {@code INSERT … SELECT} over the submission's facts ({@link SubmissionRepository#updateTeams})
 * only where it gives the same rows: every team's lines agree on its name and section, and every
 * team code is plain ASCII without trailing blanks, so that two codes the database's
 * case-insensitive collation takes for one are one here too. Anything else makes it
 * {@linkplain #exact() inexact} and it lets go of what it holds: the caller falls back to that
 * statement.
 * <p>
 * Compact, like the duplicate check's index: the rows' bytes sit in one array and an
 * open-addressing table of longs points at them: under 20 MB for 250,000 teams, grown
 * arrays included, where Strings would take well over twice that.
 */
final class SubmissionTeams {

	private TsvEncoder rows = new TsvEncoder(64 * 1024);

	/** per team: where its row starts; its end is the next start */
	private int[] starts = new int[65];

	private int size;

	/**
	 * Per slot the code's folded hash in the high half, the team's number + 1 in the low half; 0
	 * when empty. A probe past other teams compares hashes, not their bytes.
	 */
	private long[] slots = new long[128];

	private boolean exact = true;

	/** The previous line's fields: a team's lines usually follow one another. */
	private String lastCode;

	private String lastName;

	private String lastSection;

	private final TsvEncoder scratch = new TsvEncoder(256);

	void add(String code, String name, String section) {
		if (!exact) {
			return;
		}
		if (code.equals(lastCode)) {
			if (!name.equals(lastName) || !section.equals(lastSection)) {
				giveUp();
			}
			return;
		}
		lastCode = code;
		lastName = name;
		lastSection = section;
		if (!plainAscii(code)) {
			giveUp();
			return;
		}
		int hash = foldedHash(code);
		int mask = slots.length - 1;
		for (int i = hash & mask;; i = (i + 1) & mask) {
			long slot = slots[i];
			if (slot == 0) {
				slots[i] = (long) hash << 32 | append(code, name, section) + 1;
				if (size * 2 > slots.length) {
					rehash();
				}
				return;
			}
			int team = (int) slot - 1;
			if ((int) (slot >>> 32) == hash && sameCodeFolded(team, code)) {
				if (!sameRow(team, code, name, section)) {
					giveUp();
				}
				return;
			}
		}
	}

	/** Whether the rows stand for the grouped statement (see the class comment). */
	boolean exact() {
		return exact;
	}

	int size() {
		return size;
	}

	/** The rows, tab-separated lines of code, name and section; only while {@link #exact()}. */
	InputStream rows() {
		if (!exact) {
			throw new IllegalStateException("The teams were given up");
		}
		return rows.stream();
	}

	private void giveUp() {
		exact = false;
		rows = null;
		starts = null;
		slots = null;
	}

	private int append(String code, String name, String section) {
		if (size + 1 >= starts.length) {
			starts = Arrays.copyOf(starts, starts.length * 2);
		}
		starts[size] = rows.length();
		encode(rows, code, name, section);
		starts[size + 1] = rows.length();
		return size++;
	}

	private static void encode(TsvEncoder into, String code, String name, String section) {
		into.text(code);
		into.tab();
		into.text(name);
		into.tab();
		into.text(section);
		into.newline();
	}

	/** Codes are ASCII here, so their bytes are their characters. */
	private boolean sameCodeFolded(int team, String code) {
		int start = starts[team];
		if (starts[team + 1] - start <= code.length() || rows.byteAt(start + code.length()) != '\t') {
			return false;
		}
		for (int i = 0; i < code.length(); i++) {
			if (fold(rows.byteAt(start + i)) != fold(code.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** The same code as written, name and section, byte for byte. */
	private boolean sameRow(int team, String code, String name, String section) {
		encode(scratch, code, name, section);
		byte[] row = scratch.take();
		int start = starts[team];
		if (starts[team + 1] - start != row.length) {
			return false;
		}
		for (int i = 0; i < row.length; i++) {
			if (rows.byteAt(start + i) != row[i]) {
				return false;
			}
		}
		return true;
	}

	private void rehash() {
		long[] grown = new long[slots.length * 2];
		int mask = grown.length - 1;
		for (long slot : slots) {
			if (slot != 0) {
				int i = (int) (slot >>> 32) & mask;
				while (grown[i] != 0) {
					i = (i + 1) & mask;
				}
				grown[i] = slot;
			}
		}
		slots = grown;
	}

	private static int foldedHash(String code) {
		int h = 0;
		for (int i = 0; i < code.length(); i++) {
			h = 31 * h + fold(code.charAt(i));
		}
		return spread(h);
	}

	/** Codes like B1, B2, … hash to neighbours; spread them, or linear probing walks long runs. */
	private static int spread(int h) {
		int mixed = h * 0x9E3779B9;
		return mixed ^ (mixed >>> 16);
	}

	private static int fold(int c) {
		return c >= 'a' && c <= 'z' ? c - 32 : c;
	}

	/**
	 * Printable ASCII, no escape needed in the rows, and no trailing blank (the collation pads
	 * with blanks, so {@code "B1 "} is {@code "B1"} to it).
	 */
	private static boolean plainAscii(String code) {
		if (code.isEmpty() || code.charAt(code.length() - 1) == ' ') {
			return false;
		}
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			if (c < 0x20 || c > 0x7E || c == '\\') {
				return false;
			}
		}
		return true;
	}

}
