package org.catchup.submission;

import java.util.List;

/**
 * The outcome of reading and checking one submission file. {@code header} is null when the
 * title block could not be read. {@code lineCount} counts the data rows handed to the sink.
 */
public record SubmissionReport(String fileName, SubmissionHeader header, List<Problem> problems, long lineCount) {

	public boolean hasErrors() {
		return problems.stream().anyMatch(Problem::isError);
	}

	public long errorCount() {
		return problems.stream().filter(Problem::isError).count();
	}

	public long warningCount() {
		return problems.size() - errorCount();
	}

}
