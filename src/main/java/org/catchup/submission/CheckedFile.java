package org.catchup.submission;

import java.util.List;

import org.catchup.validation.Problem;

/**
 * A submission file after its check: what it says (header), what is wrong with it (problems:
 * errors and warnings) and, if it passed, its rows.
 *
 * @param contentHash SHA-256 of the file, by which the same file sent twice is recognised
 * @param report header, problems and the number of rows without errors
 * @param rows the rows when the file passed and they were held ({@link CheckContext#rowsToHold()}); else empty
 * @param tooBigToHold the file has more rows than were to be held: it was read only that far, the
 * report is partial, and the caller streams the file instead
 */
public record CheckedFile(String contentHash, SubmissionReport report, List<SubmissionLine> rows,
		boolean tooBigToHold) {

	public CheckedFile {
		rows = List.copyOf(rows);
	}

	public String fileName() {
		return report.fileName();
	}

	/** Whose figures and for which month; null when the title block could not be read. */
	public SubmissionHeader header() {
		return report.header();
	}

	public List<Problem> problems() {
		return report.problems();
	}

	public List<Problem> errors() {
		return report.problems().stream().filter(Problem::isError).toList();
	}

	public List<Problem> warnings() {
		return report.problems().stream().filter(problem -> !problem.isError()).toList();
	}

	/** Read to the end, with a header and without an error: it may be loaded. */
	public boolean passed() {
		return !tooBigToHold && report.header() != null && !report.hasErrors();
	}

}
