package org.catchup.spreadsheet;

/**
 * Carries an exception thrown by the caller's visitor through the parsers, so that it is
 * rethrown unchanged instead of being mistaken for a damaged file.
 */
final class VisitorFailure extends RuntimeException {

	VisitorFailure(RuntimeException cause) {
		super(cause);
	}

	RuntimeException visitorException() {
		return (RuntimeException) getCause();
	}

}
