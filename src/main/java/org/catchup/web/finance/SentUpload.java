package org.catchup.web.finance;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.catchup.warehouse.StoredSubmission;

/**
 * A workbook submitted through the web application and what became of it, as the night
 * decided: still waiting in the inbox, loaded (or rejected) as its own submission, or not
 * stored because its content had been consolidated before.
 *
 * @param inboxName the generated name it has in the inbox and in the submission log
 * @param uploadedName the name the clerk's browser sent
 * @param stored its own submission row, when the consolidation stored it
 * @param identical the earlier submission with the same content, when it was not stored
 */
public record SentUpload(String inboxName, String uploadedName, String enterpriseCode, String period,
		LocalDateTime submittedAt, State state, StoredSubmission stored, StoredSubmission identical) {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	public enum State {

		/** In the inbox: the next consolidation takes it. */
		WAITING,
		/** Stored by the consolidation as a version of its own. */
		LOADED,
		/** Stored by the consolidation as rejected. */
		REJECTED,
		/** Taken by the consolidation but not stored: the same content was stored before. */
		IDENTICAL,
		/** Neither in the inbox nor consolidated: somebody removed it. */
		GONE

	}

	/** One sentence for the clerk. */
	public String describe() {
		return switch (state) {
			case WAITING -> "It waits in the inbox for the next consolidation (as " + inboxName + ").";
			case LOADED -> "Loaded as version " + stored.version() + " of " + stored.enterpriseCode() + " "
					+ stored.period()
					+ (StoredSubmission.SUPERSEDED.equals(stored.status()) ? "; a newer version has replaced it since."
							: ", the current version.");
			case REJECTED -> "Rejected by the consolidation with " + count(stored.errorCount(), "error")
					+ "; nothing of it was loaded.";
			case IDENTICAL -> identical.version() != null
					? "Identical to version " + identical.version() + " of " + identical.enterpriseCode() + " "
							+ identical.period() + " received " + time(identical.receivedAt()) + ", not stored again."
					: "Identical to a file rejected on " + time(identical.receivedAt()) + ", not stored again.";
			case GONE -> "It left the inbox without being consolidated; ask the operators what became of it.";
		};
	}

	/** The submission a clerk looks at for this upload: its own, else the one it was identical to. */
	public Long submissionId() {
		return stored != null ? Long.valueOf(stored.id()) : identical != null ? Long.valueOf(identical.id()) : null;
	}

	private static String count(int n, String noun) {
		return n == 1 ? "1 " + noun : n + " " + noun + "s";
	}

	private static String time(LocalDateTime at) {
		return at == null ? "earlier" : at.format(MINUTE);
	}

}
