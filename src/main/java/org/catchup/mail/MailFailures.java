package org.catchup.mail;

import jakarta.mail.MessagingException;

/** Why a mail failed, in one line an operator can act on (the log has the stack trace). */
final class MailFailures {

	private MailFailures() {
	}

	/**
	 * The mail library's own words ({@code Couldn't connect to host, port: smtp.example.org, 25})
	 * with the innermost cause ({@code Connection refused}), without the wrapping layers.
	 */
	static String reason(Throwable failure) {
		String said = null;
		Throwable root = failure;
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof MessagingException && cause.getMessage() != null) {
				said = firstLine(cause.getMessage());
			}
			root = cause;
		}
		String innermost = root.getMessage() == null ? root.getClass().getSimpleName() : firstLine(root.getMessage());
		if (said == null) {
			said = failure.getMessage() == null ? failure.getClass().getSimpleName() : firstLine(failure.getMessage());
		}
		return said.equals(innermost) ? said : said + " (" + innermost + ")";
	}

	private static String firstLine(String text) {
		String line = text.strip();
		int end = line.indexOf('\n');
		line = end < 0 ? line : line.substring(0, end).strip();
		int nested = line.indexOf(";  nested exception is");
		line = nested < 0 ? line : line.substring(0, nested);
		return line.endsWith(";") ? line.substring(0, line.length() - 1) : line;
	}

}
