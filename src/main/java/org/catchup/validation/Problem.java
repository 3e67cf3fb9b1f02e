package org.catchup.validation;

/**
 * One thing wrong with a submission, with its place: sheet, cell ({@code F17}), column
 * header, the value found, and a sentence a clerk understands. Sheet, cell, column and value
 * are null when the problem concerns the whole file. {@code occurrences} is 1, or for a line
 * that stands for many cells not listed one by one, how many it stands for.
 */
public record Problem(ProblemCode code, Severity severity, String sheet, String cell, String column, String value,
		String message, long occurrences) {

	public Problem(ProblemCode code, Severity severity, String sheet, String cell, String column, String value,
			String message) {
		this(code, severity, sheet, cell, column, value, message, 1);
	}

	public static Problem of(ProblemCode code, String sheet, String cell, String column, String value,
			String message) {
		return new Problem(code, code.severity(), sheet, cell, column, value, message);
	}

	public static Problem ofFile(ProblemCode code, String message) {
		return new Problem(code, code.severity(), null, null, null, null, message);
	}

	/** {@code Report!F17}, {@code Report} or empty for a whole-file problem. */
	public String location() {
		if (sheet == null) {
			return "";
		}
		return cell == null ? sheet : sheet + "!" + cell;
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

}
