package org.catchup.validation;

/** Stable codes of every SPEC §4 and §9 rule. The code never changes; the sentence may. */
public enum ProblemCode {

	// the file as a whole
	UNSUPPORTED_FORMAT(Severity.ERROR),
	UNREADABLE_FILE(Severity.ERROR),
	ENCRYPTED_FILE(Severity.ERROR),
	FILE_TOO_LARGE(Severity.ERROR),
	NO_HEADER_ROW(Severity.ERROR),
	MISSING_COLUMN(Severity.ERROR),
	UNKNOWN_COLUMN(Severity.WARNING),
	// title block
	MISSING_ENTERPRISE(Severity.ERROR),
	UNKNOWN_ENTERPRISE(Severity.ERROR),
	ENTERPRISE_NOT_PERMITTED(Severity.ERROR),
	MISSING_PERIOD(Severity.ERROR),
	MALFORMED_PERIOD(Severity.ERROR),
	FUTURE_PERIOD(Severity.ERROR),
	/** a row names another enterprise or period than the file (CSV files carry both as columns) */
	MIXED_ENTERPRISE_OR_PERIOD(Severity.ERROR),
	// data rows
	EMPTY_TEAM_CODE(Severity.ERROR),
	UNKNOWN_INDICATOR(Severity.ERROR),
	MISSING_NUMBER(Severity.ERROR),
	NOT_A_NUMBER(Severity.ERROR),
	AMBIGUOUS_NUMBER(Severity.ERROR),
	NEGATIVE_NUMBER(Severity.ERROR),
	ERROR_CELL(Severity.ERROR),
	FORMULA_WITHOUT_RESULT(Severity.ERROR),
	INVALID_HEADCOUNT(Severity.ERROR),
	INVALID_STRIVING_TITLE(Severity.ERROR),
	DUPLICATE_TEAM_INDICATOR(Severity.ERROR),
	/** a text longer than the warehouse stores (a 32,767-character team name) */
	TEXT_TOO_LONG(Severity.ERROR),
	TOTAL_MISMATCH(Severity.ERROR),
	NO_DATA_ROWS(Severity.ERROR),
	// the assistance register workbook (SPEC §9)
	/** a team that never appeared in a loaded submission of its enterprise */
	UNKNOWN_TEAM(Severity.ERROR),
	HELPER_IS_HELPED(Severity.ERROR),
	TO_BEFORE_FROM(Severity.ERROR),
	/** the same pair and start month twice in one workbook */
	DUPLICATE_ASSISTANCE(Severity.ERROR),
	// warnings
	NUMBER_AS_TEXT(Severity.WARNING),
	ACTUAL_ABOVE_TWICE_PLAN(Severity.WARNING),
	ACTUAL_OUTSIDE_HISTORY(Severity.WARNING),
	ZERO_PLAN_WITH_ACTUAL(Severity.WARNING),
	NEW_TEAM(Severity.WARNING),
	TEAM_NAME_CHANGED(Severity.WARNING),
	RESUBMISSION(Severity.WARNING),
	LATE_SUBMISSION(Severity.WARNING);

	private final Severity severity;

	ProblemCode(Severity severity) {
		this.severity = severity;
	}

	public Severity severity() {
		return severity;
	}

}
