package org.catchup.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.catchup.feedback.AnnotatedWorkbookWriter;
import org.catchup.submission.ContentHash;
import org.catchup.warehouse.SubmissionRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the next run recognises a file that a killed run moved but could not record as filed:
 * by its content, where {@link SubmissionFiles#moveAway} puts it.
 */
class FiledFilesTest {

	@TempDir
	Path data;

	@Test
	void aLoadedFileIsFiledWhenItsPeriodsArchiveHoldsItsContentUnderItsNameOrANumberedOne() throws Exception {
		SubmissionFiles files = files();
		Path folder = Files.createDirectories(data.resolve("archive/1959-01"));
		Files.writeString(folder.resolve("OBS-1959-01.xlsx"), "an earlier OBS file", StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("OBS-1959-01-2.xlsx"), "this OBS file", StandardCharsets.UTF_8);

		assertThat(files.isFiled(unfiled("CURRENT", "1959-01", "OBS-1959-01.xlsx", hashOf("this OBS file")))).isTrue();
		assertThat(files.isFiled(unfiled("SUPERSEDED", "1959-01", "OBS-1959-01.xlsx", hashOf("an earlier OBS file"))))
			.isTrue();
	}

	@Test
	void aFileIsNotFiledWhenOnlyOtherContentLiesUnderItsName() throws Exception {
		SubmissionFiles files = files();
		Path folder = Files.createDirectories(data.resolve("archive/1959-01"));
		Files.writeString(folder.resolve("OBS-1959-01.xlsx"), "an earlier OBS file", StandardCharsets.UTF_8);

		assertThat(files.isFiled(unfiled("CURRENT", "1959-01", "OBS-1959-01.xlsx", hashOf("this OBS file")))).isFalse();
		assertThat(files.isFiled(unfiled("CURRENT", "1959-02", "OBS-1959-01.xlsx", hashOf("an earlier OBS file"))))
			.as("another period's archive").isFalse();
	}

	@Test
	void aRejectedFileIsLookedForInTheRejectedFolder() throws Exception {
		SubmissionFiles files = files();
		Files.createDirectories(data.resolve("rejected"));
		Files.writeString(data.resolve("rejected/BROKEN.xlsx"), "broken", StandardCharsets.UTF_8);

		assertThat(files.isFiled(unfiled("REJECTED", "1959-01", "BROKEN.xlsx", hashOf("broken")))).isTrue();
		assertThat(files.isFiled(unfiled("REJECTED", null, "BROKEN.xlsx", hashOf("broken")))).isTrue();
		assertThat(files.isFiled(unfiled("CURRENT", "1959-01", "BROKEN.xlsx", hashOf("broken")))).isFalse();
	}

	private SubmissionFiles files() {
		return new SubmissionFiles(data.resolve("archive"), data.resolve("rejected"), new AnnotatedWorkbookWriter());
	}

	private String hashOf(String content) throws Exception {
		Path file = Files.createTempFile(data, "content", ".bin");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return ContentHash.of(file);
	}

	private static SubmissionRepository.Unfiled unfiled(String status, String period, String fileName, String hash) {
		return new SubmissionRepository.Unfiled(1, status, period, fileName, hash);
	}

}
