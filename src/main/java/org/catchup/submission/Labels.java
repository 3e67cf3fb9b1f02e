package org.catchup.submission;

import java.util.Locale;

import org.catchup.spreadsheet.CellKind;
import org.catchup.spreadsheet.SheetCell;

/** How labels and header names are compared: clerks write `Team code`, `team_code` or `TEAM-CODE`. */
final class Labels {

	private Labels() {
	}

	/** Lowercase, without spaces, underscores, dots, hyphens and colons. */
	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!ignored(c)) {
				out.append(c);
			}
		}
		return out.toString().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether {@link #normalise}{@code (text)} equals {@code normalised}: asked of the first cell
	 * of every data row, so a text with more characters than that keeps is refused before it is
	 * normalised.
	 */
	static boolean normalisesTo(String text, String normalised) {
		int kept = 0;
		for (int i = 0; i < text.length(); i++) {
			if (!ignored(text.charAt(i)) && ++kept > normalised.length()) {
				return false;
			}
		}
		return normalise(text).equals(normalised);
	}

	private static boolean ignored(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '_' || c == '.' || c == '-' || c == ':';
	}

	/** The cell's text, trimmed; null for a blank or missing cell. */
	static String text(SheetCell cell) {
		if (cell == null || cell.text() == null) {
			return null;
		}
		String text = cell.text().strip();
		return text.isEmpty() ? null : text;
	}

	/** Blank: absent, or text of only spaces. A number or date cell is never blank, whatever its text. */
	static boolean isBlank(SheetCell cell) {
		return cell == null || cell.kind() == CellKind.TEXT && text(cell) == null;
	}

	static boolean isText(SheetCell cell) {
		return cell != null && cell.kind() == CellKind.TEXT;
	}

	/** The value as a clerk typed it, for the report; null for a blank cell. */
	static String found(SheetCell cell) {
		return cell == null ? null : cell.text();
	}

}
