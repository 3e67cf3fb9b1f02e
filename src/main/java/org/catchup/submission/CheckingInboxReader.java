package org.catchup.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * One writer's share of the inbox: every regular file, in order of arrival, as it was when the
 * step began, checked ahead and dealt to the writer of its enterprise ({@link CheckedInbox}).
 * Restart needs no saved position, because consolidated files have left the inbox and a file
 * whose commit happened just before a crash is recognised by its content hash.
 */
class CheckingInboxReader implements ItemStreamReader<CheckedSubmission> {

	private final CheckedInboxes inboxes;

	private final long jobExecutionId;

	private final Path folder;

	private final Function<List<Path>, CheckedInbox> open;

	private final int writer;

	private final ConsolidationProgress progress;

	private CheckedInbox inbox;

	/** @param open checks the listed files for every writer of this execution; called by the first writer */
	CheckingInboxReader(CheckedInboxes inboxes, long jobExecutionId, Path folder,
			Function<List<Path>, CheckedInbox> open, int writer, ConsolidationProgress progress) {
		this.inboxes = inboxes;
		this.jobExecutionId = jobExecutionId;
		this.folder = folder;
		this.open = open;
		this.writer = writer;
		this.progress = progress;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		boolean[] opened = { false };
		inbox = inboxes.forExecution(jobExecutionId, () -> {
			opened[0] = true;
			return open.apply(list(folder));
		});
		progress.started(folder, inbox.size(), inbox.count(), opened[0]);
	}

	@Override
	public CheckedSubmission read() throws Exception {
		if (inbox == null) {
			open(new ExecutionContext());
		}
		return inbox.next(writer);
	}

	/** This writer is done, or failed: files still dealt to it stay in the inbox. */
	@Override
	public void close() {
		if (inbox != null) {
			inbox.abandon(writer);
		}
	}

	private static List<Path> list(Path inbox) {
		if (!Files.isDirectory(inbox)) {
			throw new IllegalStateException("The inbox folder " + inbox.toAbsolutePath() + " does not exist");
		}
		try (Stream<Path> entries = Files.list(inbox)) {
			// Hidden files and unfinished uploads (*.part) are not submissions yet.
			return entries.filter(Files::isRegularFile)
				.filter(p -> !p.getFileName().toString().startsWith("."))
				.filter(p -> !p.getFileName().toString().endsWith(".part"))
				.map(ArrivedFile::of)
				.sorted(ArrivedFile.ORDER)
				.map(ArrivedFile::file)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the inbox " + inbox, ex);
		}
	}

}
