package org.catchup.submission;

import java.util.List;

import org.catchup.validation.Problem;

/**
 * The outcome of reading and checking one submission file. {@code header} is null when the
 * title block could not be read. {@code lineCount} counts the data rows handed to the sink.
 */
public record SubmissionReport(String fileName, SubmissionHeader header, List<Problem> problems, long lineCount) {

	public boolean hasErrors() {
		return problems.stream().anyMatch(Problem::isError);
	}

	/** Every error found, also those only counted (see {@link ProblemCollector}). */
	public long errorCount() {
		return problems.stream().filter(Problem::isError).mapToLong(Problem::occurrences).sum();
	}

	/** Every warning found, also those only counted. */
	public long warningCount() {
		return problems.stream().filter(p -> !p.isError()).mapToLong(Problem::occurrences).sum();
	}

	/** Whether some problems are only counted, not listed one by one. */
	public boolean someOnlyCounted() {
		return problems.stream().anyMatch(p -> p.occurrences() > 1);
	}

}
