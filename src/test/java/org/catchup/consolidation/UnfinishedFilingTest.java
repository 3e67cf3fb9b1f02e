package org.catchup.consolidation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.catchup.feedback.AnnotatedWorkbookWriter;
import org.catchup.submission.ContentHash;
import org.catchup.warehouse.SubmissionRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before a night: the marks a killed run owed for files it had already moved. */
class UnfinishedFilingTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("1959-02-04T02:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path data;

	private final SubmissionRepository submissions = mock(SubmissionRepository.class);

	@Test
	void marksOnlyTheSubmissionsWhoseFileIsAlreadyArchived() throws Exception {
		Path archived = Files.createDirectories(data.resolve("archive/1959-01")).resolve("ABH-1959-01.xlsx");
		Files.writeString(archived, "ABH's January", StandardCharsets.UTF_8);
		Path inbox = Files.createDirectories(data.resolve("inbox")).resolve("KLH-1959-01.xlsx");
		Files.writeString(inbox, "KLH's January", StandardCharsets.UTF_8);
		when(submissions.findUnfiled()).thenReturn(List.of(
				new SubmissionRepository.Unfiled(7, "CURRENT", "1959-01", "ABH-1959-01.xlsx", ContentHash.of(archived)),
				new SubmissionRepository.Unfiled(8, "CURRENT", "1959-01", "KLH-1959-01.xlsx", ContentHash.of(inbox))));

		filing().beforeJob(null);

		verify(submissions).markFiled(List.of(7L), LocalDateTime.of(1959, 2, 4, 2, 0));
	}

	@Test
	void writesNothingWhenEveryMarkIsThere() {
		when(submissions.findUnfiled()).thenReturn(List.of());

		filing().beforeJob(null);

		verify(submissions, never()).markFiled(any(), any());
	}

	private UnfinishedFiling filing() {
		return new UnfinishedFiling(submissions,
				new SubmissionFiles(data.resolve("archive"), data.resolve("rejected"), new AnnotatedWorkbookWriter()),
				CLOCK);
	}

}
