package org.catchup.submission;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.catchup.spreadsheet.AnyWorkbookReader;
import org.catchup.validation.SubmissionRules;

/**
 * Checks a submission file against SPEC §3/§4: the one way a workbook is checked, for the
 * upload page, the API and the nightly consolidation alike. What differs between them is said in
 * the {@link CheckContext}; the rules are those of {@code org.catchup.validation}. Writes nothing.
 * Thread-safe: every check keeps its state to itself.
 */
public final class SubmissionCheck {

	private final SubmissionReader reader;

	private final long maxFileBytes;

	/** @param maxFileBytes files larger than this are rejected unread; 0 for no limit */
	public SubmissionCheck(long maxFileBytes) {
		this(new SubmissionReader(new AnyWorkbookReader(maxFileBytes)), maxFileBytes);
	}

	SubmissionCheck(SubmissionReader reader, long maxFileBytes) {
		this.reader = Objects.requireNonNull(reader);
		this.maxFileBytes = maxFileBytes;
	}

	/** Hashes, reads and checks the file; holds its rows as the context says. */
	public CheckedFile check(Path file, CheckContext context) {
		String hash = ContentHash.of(file);
		List<SubmissionLine> rows = new ArrayList<>();
		boolean hold = context.rowsToHold() != CheckContext.COUNT_ONLY;
		SubmissionHeader[] header = { null };
		CheckContext noted = context.withHistory(checked -> {
			header[0] = checked;
			return context.history().apply(checked);
		});
		try {
			SubmissionReport report = stream(file, noted, line -> {
				if (hold) {
					if (rows.size() == context.rowsToHold()) {
						throw new TooManyToHold();
					}
					rows.add(line);
				}
			});
			return new CheckedFile(hash, report, report.hasErrors() ? List.of() : rows, false);
		}
		catch (TooManyToHold ex) {
			// rows go out only after a title block that checked out, so the header is known
			return new CheckedFile(hash, new SubmissionReport(context.fileName(), header[0], List.of(), rows.size()),
					List.of(), true);
		}
	}

	/**
	 * Reads and checks the file, handing every row without errors to {@code rows} as soon as it is
	 * checked, for a caller that loads a big file while it is read and undoes the load when the
	 * returned report {@linkplain SubmissionReport#hasErrors() has errors}.
	 */
	public SubmissionReport stream(Path file, CheckContext context, Consumer<SubmissionLine> rows) {
		SubmissionRules rules = new SubmissionRules(YearMonth.from(context.received()), maxFileBytes,
				context.permittedEnterprises());
		return reader.read(file, context.fileName(), context.reference(), rules, context.history(), rows);
	}

	/**
	 * The enterprise code the file's title block (a CSV file's first data row) names, exactly as
	 * {@link #check} reads it, valid or not, reading no further than the first data row; empty when
	 * the file names none or cannot be read. Cheap next to a check: the night splits its inbox by it.
	 */
	public Optional<String> enterpriseOf(Path file) {
		return Optional.ofNullable(reader.enterpriseCode(file, file.getFileName().toString(),
				new SubmissionRules(YearMonth.now(), maxFileBytes, null)));
	}

	/** Thrown by the row sink to stop reading a file with more rows than are held. */
	private static final class TooManyToHold extends RuntimeException {

		TooManyToHold() {
			super(null, null, false, false);
		}

	}

}
