package org.catchup.spreadsheet;

/**
 * A workbook that cannot be read at all. {@link Reason} lets callers map it to the problem
 * code a clerk sees; the message says what is wrong in plain words.
 */
public class SpreadsheetException extends Exception {

	public enum Reason {
		UNSUPPORTED_FORMAT, UNREADABLE, ENCRYPTED, TOO_LARGE
	}

	private final Reason reason;

	public SpreadsheetException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public SpreadsheetException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
