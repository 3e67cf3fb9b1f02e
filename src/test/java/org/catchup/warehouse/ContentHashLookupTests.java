package org.catchup.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.catchup.support.FreshDataFolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The content-hash lookup the upload page and the night share. */
@SpringBootTest
class ContentHashLookupTests extends FreshDataFolder {

	@Autowired
	SubmissionRepository submissions;

	private long rejected(String hash, String fileName) {
		return submissions.insert(new NewSubmission(null, null, null, StoredSubmission.REJECTED, hash, fileName, null,
				LocalDateTime.now(), LocalDateTime.now(), 0, 1, 0, null));
	}

	@Test
	void contentStoredTwiceIsFoundAsItsEarliestSubmissionWithItsFiledMark() {
		long first = rejected("same", "first.xlsx");
		rejected("same", "second.xlsx");
		submissions.markFiled(List.of(first), LocalDateTime.now());

		assertThat(submissions.findByContentHash("same")).map(StoredSubmission::id).contains(first);
		SubmissionRepository.Seen seen = submissions.findByContentHashes(List.of("same", "unseen")).get("same");
		assertThat(seen.submission().fileName()).isEqualTo("first.xlsx");
		assertThat(seen.filed()).isTrue();
		assertThat(submissions.findByContentHashes(List.of("unseen"))).isEmpty();
		assertThat(submissions.findByContentHash("unseen")).isEmpty();
	}

}
