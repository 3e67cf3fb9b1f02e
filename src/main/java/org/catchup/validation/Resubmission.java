package org.catchup.validation;

import java.time.YearMonth;

/**
 * The RESUBMISSION warnings, worded here only: the upload page warns with them before the night,
 * and the night records the replacement in the same words, so the two cannot drift apart.
 */
public final class Resubmission {

	private Resubmission() {
	}

	/** A file that replaces {@code version} of {@code period}, sent as {@code fileName}. */
	public static Problem replacing(int version, YearMonth period, String fileName) {
		return Problem.ofFile(ProblemCode.RESUBMISSION, "This replaces version " + version + " of " + period + " ("
				+ fileName + "), which stays in the history.");
	}

	/** An upload whose very content waits in the inbox already, sent as {@code sentAs}: the night stores only the first. */
	public static Problem waiting(String sentAs) {
		return Problem.ofFile(ProblemCode.RESUBMISSION, "The very same file waits in the inbox already (sent as " + sentAs
				+ "); submitting it again changes nothing.");
	}

	/** An upload whose very content was consolidated before, as {@code storedAs}: the night archives it unchanged. */
	public static Problem consolidatedBefore(String storedAs) {
		return Problem.ofFile(ProblemCode.RESUBMISSION, "This very file was consolidated before (as " + storedAs
				+ "); submitting it again changes nothing.");
	}

}
