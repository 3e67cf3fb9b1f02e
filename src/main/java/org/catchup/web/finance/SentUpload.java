package org.catchup.web.finance;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.catchup.i18n.Texts;
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

	/** One sentence for the clerk, in {@code texts}' language. */
	public String describe(Texts texts) {
		return switch (state) {
			case WAITING -> texts.get("sent.waiting", inboxName);
			case LOADED -> texts.get(StoredSubmission.SUPERSEDED.equals(stored.status()) ? "sent.loaded.superseded"
					: "sent.loaded.current", String.valueOf(stored.version()), stored.enterpriseCode(), stored.period());
			case REJECTED -> texts.get("sent.rejected", stored.errorCount());
			case IDENTICAL -> identical.version() != null
					? texts.get("sent.identical", String.valueOf(identical.version()), identical.enterpriseCode(),
							identical.period(), time(identical.receivedAt(), texts))
					: texts.get("sent.identical.rejected", time(identical.receivedAt(), texts));
			case GONE -> texts.get("sent.gone");
		};
	}

	/** The submission a clerk looks at for this upload: its own, else the one it was identical to. */
	public Long submissionId() {
		return stored != null ? Long.valueOf(stored.id()) : identical != null ? Long.valueOf(identical.id()) : null;
	}

	private static String time(LocalDateTime at, Texts texts) {
		return at == null ? texts.get("sent.earlier") : at.format(MINUTE);
	}

}
