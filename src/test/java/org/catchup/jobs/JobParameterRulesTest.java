package org.catchup.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each job's parameters checked before a start; paths from the web kept inside their folders. */
class JobParameterRulesTest {

	// 15 March 2026: the current month is 2026-03
	private static final Clock MARCH_2026 = Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path data;

	@TempDir
	Path elsewhere;

	private Path inbox;

	private Path reference;

	private JobParameterRules rules;

	@BeforeEach
	void folders() throws Exception {
		inbox = Files.createDirectories(data.resolve("inbox"));
		reference = Files.createDirectories(data.resolve("reference"));
		rules = new JobParameterRules(inbox, reference, () -> Set.of("OBS", "KLH"), MARCH_2026);
	}

	@Test
	void aBulletinWithoutMonthRendersTheMonthBeforeTheCurrentOneForAllEnterprises() {
		assertThat(rules.check("bulletin", Map.of(), Map.of(), ParameterOrigin.WEB))
			.containsEntry("month", "2026-02")
			.containsEntry("scope", "ALL");
	}

	@Test
	void aMonthMustBeARealMonthThatHasBegun() {
		assertThat(rules.check("bulletin", Map.of(), Map.of("month", "2026-03"), ParameterOrigin.WEB))
			.containsEntry("month", "2026-03");
		refused("bulletin", Map.of("month", "2099-01"), "month",
				"month=2099-01 has not begun yet; the latest month is 2026-03.");
		refused("bulletin", Map.of("month", "1959-13"), "month",
				"month=1959-13 is not a month like 1959-09: there is no month 13.");
		refused("bulletin", Map.of("month", "abc"), "month", "month=abc is not a month like 1959-09.");
	}

	@Test
	void theScopeIsAllOrAKnownEnterprise() {
		assertThat(rules.check("bulletin", Map.of(), Map.of("scope", "KLH"), ParameterOrigin.COMMAND_LINE))
			.containsEntry("scope", "KLH");
		refused("bulletin", Map.of("scope", "XXX"), "scope",
				"scope=XXX is neither ALL nor the code of a known enterprise; the known codes are KLH, OBS.");
	}

	@Test
	void anUnknownKeyIsRefusedNamingItAndTheKnownOnes() {
		refused("bulletin", Map.of("mnth", "1959-09"), "mnth",
				"Unknown parameter mnth= for the job bulletin; it knows month, scope, enterprises, resend.");
		refused("consolidation", Map.of("file", "x"), "file",
				"Unknown parameter file= for the job consolidation; it knows inbox.");
	}

	@Test
	void perEnterpriseBulletinsAreOnOrOff() {
		assertThat(rules.check("bulletin", Map.of(), Map.of("enterprises", "false"), ParameterOrigin.WEB))
			.containsEntry("enterprises", "false");
		refused("bulletin", Map.of("enterprises", "no"), "enterprises", "enterprises=no must be true or false.");
	}

	@Test
	void aResendIsAskedWithTrueOrFalse() {
		assertThat(rules.check("bulletin", Map.of(), Map.of("resend", "true"), ParameterOrigin.WEB))
			.containsEntry("resend", "true");
		assertThat(rules.check("bulletin", Map.of(), Map.of(), ParameterOrigin.COMMAND_LINE)).doesNotContainKey("resend");
		refused("bulletin", Map.of("resend", "yes"), "resend", "resend=yes must be true or false.");
	}

	@Test
	void theReferenceDataNeedsItsFile() {
		refused("reference-data", Map.of(), "file", "The job reference-data needs file=<the reference workbook>.");
	}

	@Test
	void theAssistanceRegisterNeedsItsFileAndFromTheWebOnlyOneOfTheUploadsFolder() throws Exception {
		refused("assistance-register", Map.of(), "file",
				"The job assistance-register needs file=<the register workbook>.");
		Path outside = Files.writeString(elsewhere.resolve("register.xlsx"), "x");
		refused("assistance-register", Map.of("file", outside.toString()), "file",
				"file= must name an existing file inside " + reference
						+ "; a run started from the web or the API reads nothing else.");
		assertThat(rules.check("assistance-register", Map.of(), Map.of("file", outside.toString()),
				ParameterOrigin.COMMAND_LINE))
			.containsEntry("file", outside.toString());
	}

	@Test
	void aWebInboxOutsideTheInboxIsRefusedWithTheSameSentenceWhetherItExistsOrNot() throws Exception {
		Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0");
		String sentence = "inbox= must name an existing folder inside " + inbox
				+ "; a run started from the web or the API reads nothing else.";

		refused("consolidation", Map.of("inbox", elsewhere.toString()), "inbox", sentence);
		refused("consolidation", Map.of("inbox", elsewhere.resolve("no-such-folder").toString()), "inbox", sentence);
		refused("consolidation", Map.of("inbox", "../../" + elsewhere.getFileName()), "inbox", sentence);
		refused("consolidation", Map.of("inbox", inbox.resolve("..").toString()), "inbox", sentence);
	}

	@Test
	void aLinkInsideTheInboxLeadingOutIsRefused() throws Exception {
		Path link = Files.createSymbolicLink(inbox.resolve("escape"), elsewhere);

		refused("consolidation", Map.of("inbox", link.toString()), "inbox",
				"inbox= must name an existing folder inside " + inbox
						+ "; a run started from the web or the API reads nothing else.");
	}

	@Test
	void aWebInboxInsideTheInboxRunsWithItsRealPath() throws Exception {
		Path night = Files.createDirectories(inbox.resolve("night-2"));

		assertThat(rules.check("consolidation", Map.of(), Map.of("inbox", "night-2"), ParameterOrigin.WEB))
			.containsEntry("inbox", night.toRealPath().toString());
		assertThat(rules.check("consolidation", Map.of(), Map.of("inbox", inbox.toString()), ParameterOrigin.WEB))
			.containsEntry("inbox", inbox.toRealPath().toString());
	}

	@Test
	void aWebReferenceFileMustBeInTheReferenceFolder() throws Exception {
		Path uploaded = Files.writeString(reference.resolve("reference-data-1.xlsx"), "x");
		Path outside = Files.writeString(elsewhere.resolve("shadow"), "x");

		assertThat(rules.check("reference-data", Map.of(), Map.of("file", uploaded.toString()), ParameterOrigin.WEB))
			.containsEntry("file", uploaded.toRealPath().toString());
		refused("reference-data", Map.of("file", outside.toString()), "file", "file= must name an existing file inside "
				+ reference + "; a run started from the web or the API reads nothing else.");
	}

	@Test
	void theCommandLineAndTheJobFilesMayNameAnyFolder() {
		assertThat(rules.check("consolidation", Map.of(), Map.of("inbox", elsewhere.toString()),
				ParameterOrigin.COMMAND_LINE))
			.containsEntry("inbox", elsewhere.toString());
		assertThat(rules.check("consolidation", Map.of("inbox", elsewhere.toString()), Map.of(), ParameterOrigin.WEB))
			.containsEntry("inbox", elsewhere.toString());
	}

	private void refused(String job, Map<String, String> given, String parameter, String sentence) {
		assertThatExceptionOfType(InvalidJobParameterException.class)
			.isThrownBy(() -> rules.check(job, Map.of(), given, ParameterOrigin.WEB))
			.withMessage(sentence)
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo(parameter));
	}

}
