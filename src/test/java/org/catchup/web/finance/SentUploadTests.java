package org.catchup.web.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.catchup.warehouse.StoredSubmission;
import org.junit.jupiter.api.Test;

/** The sentence a clerk reads about a submitted workbook, for each thing the night can have made of it. */
class SentUploadTests {

	private static final LocalDateTime SENT = LocalDateTime.of(1958, 12, 3, 9, 15);

	@Test
	void aLoadedVersionSaysWhetherItIsStillCurrent() {
		assertThat(sent(SentUpload.State.LOADED, stored(2, StoredSubmission.CURRENT, 0), null).describe())
			.isEqualTo("Loaded as version 2 of OBS 1958-11, the current version.");
		assertThat(sent(SentUpload.State.LOADED, stored(2, StoredSubmission.SUPERSEDED, 0), null).describe())
			.isEqualTo("Loaded as version 2 of OBS 1958-11; a newer version has replaced it since.");
	}

	@Test
	void aRejectionCountsItsErrors() {
		assertThat(sent(SentUpload.State.REJECTED, stored(null, StoredSubmission.REJECTED, 3), null).describe())
			.isEqualTo("Rejected by the consolidation with 3 errors; nothing of it was loaded.");
	}

	@Test
	void anIdenticalCopyNamesTheVersionItMatchesAndWhenThatWasReceived() {
		SentUpload copy = sent(SentUpload.State.IDENTICAL, null, stored(1, StoredSubmission.CURRENT, 0));
		assertThat(copy.describe())
			.isEqualTo("Identical to version 1 of OBS 1958-11 received 1958-12-02 08:00, not stored again.");
		assertThat(copy.submissionId()).isEqualTo(7L);
		assertThat(sent(SentUpload.State.IDENTICAL, null, stored(null, StoredSubmission.REJECTED, 1)).describe())
			.isEqualTo("Identical to a file rejected on 1958-12-02 08:00, not stored again.");
	}

	@Test
	void waitingAndVanishedFilesSaySo() {
		assertThat(sent(SentUpload.State.WAITING, null, null).describe())
			.isEqualTo("It waits in the inbox for the next consolidation (as OBS-1958-11-19581203091500-a1b2c3.xlsx).");
		assertThat(sent(SentUpload.State.GONE, null, null).describe()).contains("ask the operators");
		assertThat(sent(SentUpload.State.GONE, null, null).submissionId()).isNull();
	}

	@Test
	void theCheckSubtitleJoinsOnlyWhatItKnows() {
		LocalDateTime checked = LocalDateTime.of(1958, 12, 3, 9, 14);
		ProblemRow fileError = new ProblemRow("ERROR", "UNREADABLE_FILE", "", null, null, null, null, "Not a workbook.");
		assertThat(new CheckedUpload("t", "obs-clerk", "a.xlsx", null, null, 0, List.of(fileError), checked, null)
			.subtitle()).isEqualTo("checked 1958-12-03 09:14");
		assertThat(new CheckedUpload("t", "obs-clerk", "a.xlsx", "OBS", null, 0, List.of(fileError), checked, null)
			.subtitle()).isEqualTo("OBS · checked 1958-12-03 09:14");
		assertThat(new CheckedUpload("t", "obs-clerk", "a.xlsx", "OBS", "1958-11", 1, List.of(), checked, null)
			.subtitle()).isEqualTo("OBS · 1958-11 · 1 data row · checked 1958-12-03 09:14");
	}

	private static SentUpload sent(SentUpload.State state, StoredSubmission stored, StoredSubmission identical) {
		return new SentUpload("OBS-1958-11-19581203091500-a1b2c3.xlsx", "November.xlsx", "OBS", "1958-11", SENT, state,
				stored, identical);
	}

	private static StoredSubmission stored(Integer version, String status, int errors) {
		return new StoredSubmission(7, "OBS", "1958-11", version, status, "November.xlsx", "Clerk",
				LocalDateTime.of(1958, 12, 2, 8, 0), 35, errors, 0);
	}

}
