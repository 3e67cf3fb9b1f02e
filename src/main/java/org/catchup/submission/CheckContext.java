package org.catchup.submission;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.catchup.validation.ReferenceLookup;
import org.catchup.validation.TeamHistory;

/**
 * What a check needs to know besides the file. Everything in which the upload page and the
 * nightly consolidation differ is one of these inputs; the rules applied are the same.
 *
 * @param fileName the name the problems are reported under (the file's own, or the one the browser sent)
 * @param received when the file arrived: a period after its month is in the future
 * @param reference the reference data to check against; the night reads it once for all its files
 * @param permittedEnterprises the enterprises the uploader belongs to; null when any is allowed (the night)
 * @param history the team history of a header that checked out, for the history warnings; asked
 * at most once, and only for an enterprise and period that are known, permitted and not in the future
 * @param rowsToHold rows of the file kept in the result; a file with more stops being read and comes
 * back {@linkplain CheckedFile#tooBigToHold() too big to hold}, for the caller to stream it.
 * {@link #COUNT_ONLY}: no row is kept and the file is read to its end.
 */
public record CheckContext(String fileName, LocalDateTime received, ReferenceLookup reference,
		Set<String> permittedEnterprises, Function<SubmissionHeader, TeamHistory> history, int rowsToHold) {

	/** Rows are counted, not kept: a dry run such as the upload page's. */
	public static final int COUNT_ONLY = 0;

	/**
	 * Rows the night holds in memory per checked file. A monthly submission has a few hundred; a
	 * file with more is streamed into the warehouse instead, so memory stays flat.
	 */
	public static final int NIGHT_ROWS_HELD = 2000;

	public CheckContext {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(received, "received");
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(history, "history");
		permittedEnterprises = permittedEnterprises == null ? null : Set.copyOf(permittedEnterprises);
		if (rowsToHold < 0) {
			throw new IllegalArgumentException("rowsToHold must not be negative: " + rowsToHold);
		}
	}

	/** An upload checked now for a user who may submit for {@code permittedEnterprises}. */
	public static CheckContext upload(String fileName, LocalDateTime now, ReferenceLookup reference,
			Set<String> permittedEnterprises, Function<SubmissionHeader, TeamHistory> history) {
		return new CheckContext(fileName, now, reference, Objects.requireNonNull(permittedEnterprises), history,
				COUNT_ONLY);
	}

	/** A file of the inbox, received when it arrived there: any enterprise, rows held for the writer. */
	public static CheckContext night(String fileName, LocalDateTime received, ReferenceLookup reference,
			Function<SubmissionHeader, TeamHistory> history) {
		return new CheckContext(fileName, received, reference, null, history, NIGHT_ROWS_HELD);
	}

	/** The same context with another team history source. */
	public CheckContext withHistory(Function<SubmissionHeader, TeamHistory> otherHistory) {
		return new CheckContext(fileName, received, reference, permittedEnterprises, otherHistory, rowsToHold);
	}

}
