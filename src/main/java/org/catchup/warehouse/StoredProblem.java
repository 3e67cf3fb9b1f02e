package org.catchup.warehouse;

/**
 * A row of {@code submission_problem}: one problem of a stored submission, as the check
 * described it. Sheet, cell, column and value are null when it concerns the whole file.
 *
 * @param severity {@code ERROR} or {@code WARNING}
 * @param code the problem code, e.g. {@code UNKNOWN_INDICATOR}
 */
public record StoredProblem(String severity, String code, String sheet, String cell, String column, String value,
		String message) {

	/** {@code Report!F17}, {@code Report} or empty for a whole-file problem. */
	public String location() {
		if (sheet == null) {
			return "";
		}
		return cell == null ? sheet : sheet + "!" + cell;
	}

}
