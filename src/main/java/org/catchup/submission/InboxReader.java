package org.catchup.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Stream;

import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Reads the inbox: every regular file, by name, as it was when the step began. Restart needs
 * no saved position, because consolidated files have left the inbox and a file whose commit
 * happened just before a crash is recognised by its content hash.
 */
class InboxReader implements ItemReader<Path> {

	private final Path inbox;

	private final ConsolidationProgress progress;

	private Deque<Path> files;

	InboxReader(Path inbox, ConsolidationProgress progress) {
		this.inbox = inbox;
		this.progress = progress;
	}

	@Override
	public Path read() {
		if (files == null) {
			files = list();
			progress.started(inbox, files.size());
		}
		return files.pollFirst();
	}

	private Deque<Path> list() {
		if (!Files.isDirectory(inbox)) {
			throw new IllegalStateException("The inbox folder " + inbox.toAbsolutePath() + " does not exist");
		}
		try (Stream<Path> entries = Files.list(inbox)) {
			// Hidden files and unfinished uploads (*.part) are not submissions yet.
			return entries.filter(Files::isRegularFile)
				.filter(p -> !p.getFileName().toString().startsWith("."))
				.filter(p -> !p.getFileName().toString().endsWith(".part"))
				.sorted()
				.collect(ArrayDeque::new, ArrayDeque::add, ArrayDeque::addAll);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the inbox " + inbox, ex);
		}
	}

}
