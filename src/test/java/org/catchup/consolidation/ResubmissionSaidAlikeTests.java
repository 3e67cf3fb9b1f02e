package org.catchup.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Set;

import org.catchup.i18n.Language;
import org.catchup.i18n.Texts;
import org.catchup.support.SampleDataNight;
import org.catchup.users.Role;
import org.catchup.web.finance.CheckedUpload;
import org.catchup.web.finance.ProblemRow;
import org.catchup.web.finance.UploadChecks;
import org.catchup.web.security.CatchUpUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;

/**
 * A correction of a month already stored: the upload page's check warns that it replaces the
 * stored version in the very words the night then records for it.
 */
@SpringBootTest
class ResubmissionSaidAlikeTests extends SampleDataNight {

	private static final Path JANUARY = Path.of("sample-input/submissions/1959-01/OBS-1959-01.xlsx");

	private static final CatchUpUser CLERK = new CatchUpUser("obs-clerk", "", "OBS clerk", true,
			Set.of(Role.SUBMITTER), Set.of("OBS"));

	@Autowired
	UploadChecks checks;

	@Autowired
	MessageSource messages;

	@Test
	void theUploadCheckAndTheNightWordTheReplacementAlike() throws Exception {
		sampleReferenceDataLoaded();
		InboxDeliveries.deliver(properties.inbox(), JANUARY, "OBS-1959-01.xlsx", LocalDateTime.of(1959, 2, 3, 9, 0));
		nightCompletes();
		Path correction = dataDir.resolve("OBS-1959-01-correction.xlsx");
		InboxDeliveries.renameFirstTeam(JANUARY, correction, "OB-99");

		CheckedUpload preview;
		try (InputStream content = Files.newInputStream(correction)) {
			preview = checks.check(CLERK, "OBS-1959-01-correction.xlsx", content, Texts.of(messages, Language.ENGLISH));
		}
		InboxDeliveries.deliver(properties.inbox(), correction, "OBS-1959-01-correction.xlsx",
				LocalDateTime.of(1959, 2, 4, 9, 0));
		nightCompletes();

		String night = jdbc.sql("""
				SELECT p.message FROM submission_problem p JOIN submission s ON s.id = p.submission_id
				WHERE s.enterprise_code = 'OBS' AND s.version = 2 AND p.code = 'RESUBMISSION'""")
			.query(String.class)
			.single();
		assertThat(night).isEqualTo("This replaces version 1 of 1959-01 (OBS-1959-01.xlsx), which stays in the history.");
		assertThat(preview.problems()).filteredOn(problem -> problem.code().equals("RESUBMISSION"))
			.extracting(ProblemRow::message)
			.containsExactly(night);
	}

}
