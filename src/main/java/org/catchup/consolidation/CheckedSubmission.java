package org.catchup.consolidation;

import java.nio.file.Path;
import java.util.List;

import org.catchup.submission.SubmissionLine;
import org.catchup.submission.SubmissionReport;
import org.catchup.validation.ReferenceLookup;
import org.catchup.warehouse.NewSubmission;

/**
 * A file of the inbox as {@link SubmissionChecker} left it for the writer: checked, with its
 * lines held in memory, or too big to hold, to be read again and streamed by the writer. Each
 * carries its content hash and the reference data it was (or is to be) checked against.
 */
sealed interface CheckedSubmission {

	Path file();

	String contentHash();

	/** The enterprise its title block names, when that was valid; else null. */
	String enterpriseCode();

	ReferenceLookup reference();

	/**
	 * Read and checked; {@code lines} are its rows without errors. {@code historyRead}: its
	 * enterprise's team history was read for the warnings (the title block checked out), so a file
	 * of the same enterprise stored after that and before this one makes the warnings stale.
	 */
	record Checked(Path file, NewSubmission pending, SubmissionReport report, List<SubmissionLine> lines,
			boolean historyRead, ReferenceLookup reference) implements CheckedSubmission {

		@Override
		public String contentHash() {
			return pending.contentHash();
		}

		@Override
		public String enterpriseCode() {
			return report.header() == null ? null : report.header().enterpriseCode();
		}

		boolean passed() {
			return report.header() != null && !report.hasErrors();
		}

	}

	/** More rows than are held in memory: the writer reads it again and streams it. */
	record TooBig(Path file, String contentHash, String enterpriseCode, ReferenceLookup reference)
			implements CheckedSubmission {
	}

}
