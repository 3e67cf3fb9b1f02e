package org.catchup.web.finance;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One uploaded workbook after its dry run, kept in the upload folder until it is submitted.
 *
 * @param token the random name of its folder; the only handle pages and the API use
 * @param owner who uploaded it: the only one who may see or submit it
 * @param fileName the name the browser sent, for display and format detection only
 * @param enterpriseCode from the title block, null when it could not be read
 * @param inboxFile the name it was given in the inbox once submitted, else null
 */
public record CheckedUpload(String token, String owner, String fileName, String enterpriseCode, String period,
		long rowCount, List<ProblemRow> problems, LocalDateTime checkedAt, String inboxFile) {

	public long errorCount() {
		return problems.stream().filter(ProblemRow::error).count();
	}

	public long warningCount() {
		return problems.size() - errorCount();
	}

	public boolean hasErrors() {
		return errorCount() > 0;
	}

	public boolean submitted() {
		return inboxFile != null;
	}

	public boolean submittable() {
		return !hasErrors() && !submitted();
	}

	CheckedUpload submittedAs(String inboxName) {
		return new CheckedUpload(token, owner, fileName, enterpriseCode, period, rowCount, problems, checkedAt,
				inboxName);
	}

}
