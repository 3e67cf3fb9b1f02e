package org.catchup.web.finance;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.catchup.i18n.Texts;

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

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	public long errorCount() {
		return problems.stream().filter(ProblemRow::error).count();
	}

	public long warningCount() {
		return problems.size() - errorCount();
	}

	public boolean hasErrors() {
		return errorCount() > 0;
	}

	/** Whether some error names a cell: those the clerk corrects in the marked copy. */
	public boolean hasCellErrors() {
		return problems.stream().anyMatch(p -> p.error() && p.marksCell());
	}

	/** The errors of the file as a whole (unreadable, wrong format, no header…), which no cell shows. */
	public List<ProblemRow> fileErrors() {
		return problems.stream().filter(p -> p.error() && !p.marksCell()).toList();
	}

	/** "OBS · 1959-09 · 9 data rows · checked …": only the parts the check could tell. */
	public String subtitle(Texts texts) {
		List<String> parts = new ArrayList<>();
		if (enterpriseCode != null) {
			parts.add(enterpriseCode);
		}
		if (period != null) {
			parts.add(period);
		}
		if (!hasErrors()) {
			parts.add(texts.get("check.dataRows", rowCount));
		}
		if (checkedAt != null) {
			parts.add(texts.get("check.checkedAt", checkedAt.format(MINUTE)));
		}
		return String.join(" · ", parts);
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
