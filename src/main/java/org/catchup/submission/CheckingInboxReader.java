package org.catchup.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the inbox: every regular file, by name, as it was when the step began, each one
 * already checked. A few threads check the next files ahead of the writer, which checking needs
 * no transaction for ({@link SubmissionChecker}); the files still come out in name order, so a
 * run stores them in the order one thread would. Restart needs no saved position, because
 * consolidated files have left the inbox and a file whose commit happened just before a crash
 * is recognised by its content hash.
 */
class CheckingInboxReader implements ItemStreamReader<CheckedSubmission> {

	private final Path inbox;

	private final SubmissionChecker checker;

	private final Supplier<ReferenceLookup> referenceData;

	private final EnterpriseChanges changes;

	private final ConsolidationProgress progress;

	private final long jobExecutionId;

	private final int threads;

	/** Files being checked or waiting to be read: enough to keep the checkers busy while a chunk is stored. */
	private final int lookAhead;

	private final Deque<Future<CheckedSubmission>> ahead = new ArrayDeque<>();

	private Deque<Path> files;

	private ExecutorService checkers;

	/** Read at the first file and kept for the run: reference data only ever gains codes. */
	private ReferenceLookup known;

	CheckingInboxReader(Path inbox, SubmissionChecker checker, Supplier<ReferenceLookup> referenceData,
			EnterpriseChanges changes, ConsolidationProgress progress, long jobExecutionId, int threads,
			int lookAhead) {
		this.inbox = inbox;
		this.checker = checker;
		this.referenceData = referenceData;
		this.changes = changes;
		this.progress = progress;
		this.jobExecutionId = jobExecutionId;
		this.threads = Math.max(1, threads);
		this.lookAhead = Math.max(this.threads, lookAhead);
	}

	@Override
	public void open(ExecutionContext executionContext) {
		files = new ArrayDeque<>(list(inbox));
		progress.started(inbox, files.size());
	}

	@Override
	public CheckedSubmission read() throws Exception {
		if (files == null) {
			open(new ExecutionContext());
		}
		if (ahead.isEmpty() && files.isEmpty()) {
			return null;
		}
		if (checkers == null) {
			known = referenceData.get();
			checkers = Executors.newFixedThreadPool(threads, namedDaemons());
		}
		while (ahead.size() < lookAhead && !files.isEmpty()) {
			Path file = files.poll();
			ahead.add(checkers.submit(() -> checker.check(file, jobExecutionId, known, changes)));
		}
		try {
			return ahead.poll().get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof Exception cause) {
				throw cause;
			}
			throw (Error) ex.getCause();
		}
	}

	/** Stops the checkers: the step is over, or failed with files still being checked. */
	@Override
	public void close() {
		ahead.forEach(f -> f.cancel(true));
		ahead.clear();
		if (checkers != null) {
			checkers.shutdownNow();
			checkers = null;
		}
		files = null;
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
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the inbox " + inbox, ex);
		}
	}

	private static ThreadFactory namedDaemons() {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, "consolidation-check-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
