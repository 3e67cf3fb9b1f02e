package org.catchup.spreadsheet;

import org.catchup.spreadsheet.SpreadsheetException.Reason;

/** Builds the UNREADABLE exception with a message that names the file and, when known, the place. */
final class Unreadable {

	private Unreadable() {
	}

	static SpreadsheetException of(String fileName, String detail) {
		return new SpreadsheetException(Reason.UNREADABLE, "'" + fileName + "' cannot be read: " + detail);
	}

	static SpreadsheetException of(String fileName, String detail, Throwable cause) {
		return new SpreadsheetException(Reason.UNREADABLE, "'" + fileName + "' cannot be read: " + detail, cause);
	}

	/** A plain explanation of a parser failure; zip bombs are named as such. */
	static String describe(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			String message = t.getMessage();
			if (message != null && message.toLowerCase().contains("zip bomb")) {
				return "it looks like a zip bomb (a part expands far beyond its compressed size, "
						+ "exceeding the allowed expansion ratio)";
			}
		}
		String message = failure.getMessage();
		if (message == null || message.isBlank()) {
			return "the file is damaged (" + failure.getClass().getSimpleName() + ")";
		}
		return "the file is damaged (" + firstLine(message) + ")";
	}

	static boolean isZipBomb(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			String message = t.getMessage();
			if (message != null && message.toLowerCase().contains("zip bomb")) {
				return true;
			}
		}
		return false;
	}

	private static String firstLine(String message) {
		int newline = message.indexOf('\n');
		String line = newline < 0 ? message : message.substring(0, newline);
		return line.length() > 300 ? line.substring(0, 300) + "..." : line;
	}

}
