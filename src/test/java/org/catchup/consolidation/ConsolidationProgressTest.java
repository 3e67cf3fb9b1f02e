package org.catchup.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.catchup.submission.SubmissionReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What a partition says as it stores files: numbered over the whole inbox by the night's count,
 * a long file's rows as they go, and the current file with its rows on the board the web polls.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConsolidationProgressTest {

	private static final long RUN = 42;

	private final ConsolidationCounts counts = mock(ConsolidationCounts.class);

	private final ConsolidationProgressBoard board = new ConsolidationProgressBoard(counts);

	private final ConsolidationProgress progress = new ConsolidationProgress(
			new ConsolidationMetrics(new SimpleMeterRegistry()), board, counts, RUN, 1000);

	@Test
	void filesAreNumberedFromTheNightsCountNotThePartitions(CapturedOutput output) {
		// another partition has filed six of the night's ten files; this chunk brings two more
		when(counts.add(eq(RUN), eq(2), anyLong(), anyInt())).thenReturn(new ConsolidationCounts.Tally(10, 8, 700, 1));
		List<ConsolidationOutcome> chunk = List.of(loaded("ABH-1959-01.xlsx", 8), loaded("ABH-1959-02.xlsx", 9));

		progress.committed(chunk);
		chunk.forEach(progress::finished);

		assertThat(output.getOut()).contains("file 7 of 10: ABH-1959-01.xlsx loaded as version 1, 8 rows")
			.contains("(rows so far 691, rejected so far 1)")
			.contains("file 8 of 10: ABH-1959-02.xlsx")
			.contains("(rows so far 700, rejected so far 1)");
	}

	@Test
	void aLongFileSaysHowFarItGotAndTheBoardShowsItsRows(CapturedOutput output) {
		progress.storing(new CheckedSubmission.TooBig(Path.of("OBS-big.xlsx"), "hash", "OBS", null));
		for (long row = 1; row <= 2500; row++) {
			progress.rowsRead(row);
		}

		assertThat(output.getOut()).contains("OBS-big.xlsx: 1000 rows read and checked so far")
			.contains("OBS-big.xlsx: 2000 rows read and checked so far")
			.doesNotContain("2500 rows");
		assertThat(board.of(RUN)).get()
			.satisfies(now -> assertThat(now.currentFile()).isEqualTo("OBS-big.xlsx"))
			.satisfies(now -> assertThat(now.currentFileRows()).isEqualTo(2000));

		when(counts.add(eq(RUN), eq(1), anyLong(), anyInt())).thenReturn(new ConsolidationCounts.Tally(1, 1, 2500, 0));
		ConsolidationOutcome stored = loaded("OBS-big.xlsx", 2500);
		progress.committed(List.of(stored));
		progress.finished(stored);
		assertThat(board.of(RUN)).get().satisfies(now -> assertThat(now.currentFile()).isNull());
	}

	@Test
	void aRunThatPostsNothingHereIsShownFromTheNightsCount() {
		when(counts.find(7)).thenReturn(Optional.of(new ConsolidationCounts.Tally(600, 7, 2100, 0)));

		assertThat(board.of(7)).contains(new ConsolidationProgressBoard.Snapshot(600, 7, 2100, 0, null, 0));
	}

	@Test
	void theManagerOfARemoteNightShowsTheWorkersFilesFromTheNightsCount() {
		// the manager said how many files the inbox holds; worker processes file them and count in the database
		progress.inboxHolds(Path.of("inbox"), 600);
		when(counts.find(RUN)).thenReturn(Optional.of(new ConsolidationCounts.Tally(600, 240, 72000, 3)));

		assertThat(board.of(RUN)).contains(new ConsolidationProgressBoard.Snapshot(600, 240, 72000, 3, null, 0));
	}

	private static ConsolidationOutcome loaded(String name, long rows) {
		return new ConsolidationOutcome(Path.of(name), ConsolidationOutcome.Result.LOADED,
				new SubmissionReport(name, null, List.of(), rows), 1, 1L);
	}

}
