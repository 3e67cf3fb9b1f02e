package org.catchup.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.catchup.spreadsheet.SpreadsheetException;
import org.catchup.spreadsheet.WorkbookReader;
import org.catchup.validation.Problem;
import org.catchup.validation.ProblemCode;
import org.catchup.validation.ProblemCollector;
import org.catchup.validation.ReferenceLookup;
import org.catchup.validation.SubmissionRules;
import org.catchup.validation.TeamHistory;

/**
 * Reads one monthly submission and checks it against SPEC §3/§4 in a single streamed pass.
 * Every valid row goes to the sink as soon as it is checked; the caller loads them in a
 * transaction and rolls back when the returned report {@link SubmissionReport#hasErrors() has
 * errors}. The sink sees nothing until enterprise and period are known to be valid.
 */
final class SubmissionReader {

	private final WorkbookReader workbookReader;

	private final int limitPerCode;

	SubmissionReader(WorkbookReader workbookReader) {
		this(workbookReader, ProblemCollector.DEFAULT_LIMIT_PER_CODE);
	}

	/** @param limitPerCode problems of one code listed one by one; the rest are counted */
	SubmissionReader(WorkbookReader workbookReader, int limitPerCode) {
		this.workbookReader = Objects.requireNonNull(workbookReader);
		this.limitPerCode = limitPerCode;
	}

	/**
	 * @param historyFor consulted once, after the title block checked out, for the history warnings
	 * @param sink receives each row without errors, in sheet order
	 */
	SubmissionReport read(Path file, String fileName, ReferenceLookup reference, SubmissionRules rules,
			Function<SubmissionHeader, TeamHistory> historyFor, Consumer<SubmissionLine> sink) {
		Problem tooLarge = checkSize(file, rules);
		if (tooLarge != null) {
			return new SubmissionReport(fileName, null, List.of(tooLarge), 0);
		}
		ProblemCollector problems = new ProblemCollector(limitPerCode);
		SubmissionVisitor visitor = new SubmissionVisitor(reference, rules, historyFor, sink,
				fileName.toLowerCase(Locale.ROOT).endsWith(".csv"), problems);
		try {
			workbookReader.read(file, fileName, visitor);
			visitor.finish();
		}
		catch (SpreadsheetException e) {
			problems.accept(Problem.ofFile(codeFor(e.reason()), e.getMessage()));
		}
		return new SubmissionReport(fileName, visitor.header(), problems.problems(), visitor.lineCount());
	}

	/**
	 * The enterprise code the file names, found as {@link #read} finds it (the title block, or a
	 * CSV file's first data row), reading no further than the first data row; null when the file
	 * names none or cannot be read. Nothing is checked beyond that. The file is first
	 * {@linkplain WorkbookReader#glance glanced at}, which finds the same parts as {@link #read} or
	 * refuses; refused, it is read as {@link #read} reads it.
	 */
	String enterpriseCode(Path file, String fileName, SubmissionRules rules) {
		if (checkSize(file, rules) != null) {
			return null;
		}
		SubmissionVisitor glanced = titleBlockReader(fileName, rules);
		try {
			workbookReader.glance(file, fileName, glanced);
			glanced.finish();
			return glanced.enterpriseCode();
		}
		catch (SpreadsheetException e) {
			// the glance would have to guess, or the file is broken: read it as the check does
		}
		SubmissionVisitor visitor = titleBlockReader(fileName, rules);
		try {
			workbookReader.read(file, fileName, visitor);
			visitor.finish();
		}
		catch (SpreadsheetException e) {
			return null;
		}
		return visitor.enterpriseCode();
	}

	private static SubmissionVisitor titleBlockReader(String fileName, SubmissionRules rules) {
		return new SubmissionVisitor(ANY_CODE, rules, header -> null, line -> {
		}, fileName.toLowerCase(Locale.ROOT).endsWith(".csv"), problem -> {
		}).headerOnly();
	}

	/** Every code counts as known: only the code as written is wanted. */
	private static final ReferenceLookup ANY_CODE = new ReferenceLookup() {
		@Override
		public boolean isKnownEnterprise(String enterpriseCode) {
			return true;
		}

		@Override
		public boolean isKnownIndicator(String indicatorCode) {
			return true;
		}
	};

	/** Null when the file may be read; an unreadable size is left for the workbook reader to report. */
	private static Problem checkSize(Path file, SubmissionRules rules) {
		if (rules.maxFileBytes() <= 0) {
			return null;
		}
		try {
			long size = Files.size(file);
			if (size <= rules.maxFileBytes()) {
				return null;
			}
			return Problem.ofFile(ProblemCode.FILE_TOO_LARGE, "The file has " + readable(size)
					+ "; files of up to " + readable(rules.maxFileBytes()) + " are accepted.");
		}
		catch (IOException e) {
			return null;
		}
	}

	private static String readable(long bytes) {
		if (bytes < 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	static ProblemCode codeFor(SpreadsheetException.Reason reason) {
		return switch (reason) {
			case UNSUPPORTED_FORMAT -> ProblemCode.UNSUPPORTED_FORMAT;
			case UNREADABLE -> ProblemCode.UNREADABLE_FILE;
			case ENCRYPTED -> ProblemCode.ENCRYPTED_FILE;
			case TOO_LARGE -> ProblemCode.FILE_TOO_LARGE;
		};
	}

}
