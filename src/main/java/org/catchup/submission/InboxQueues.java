package org.catchup.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

/**
 * The inbox as one queue per job execution, listed once, shared by the partitions of the
 * consolidation step: each worker takes the next file, so a slow file never holds the others
 * up. A restart is a new execution and lists the inbox again, which by then holds only the files
 * not yet consolidated.
 */
class InboxQueues {

	/** Kept for the last few executions only; a queue is needed only while its step runs. */
	private static final int KEPT = 8;

	private final Map<Long, Queue<Path>> queues = Collections.synchronizedMap(new LinkedHashMap<>() {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Queue<Path>> eldest) {
			return size() > KEPT;
		}
	});

	Queue<Path> forExecution(long jobExecutionId, Path inbox) {
		synchronized (queues) {
			return queues.computeIfAbsent(jobExecutionId, id -> list(inbox));
		}
	}

	/** The step is over: the next execution lists the inbox afresh, whatever its id. */
	void release(long jobExecutionId) {
		queues.remove(jobExecutionId);
	}

	private static Queue<Path> list(Path inbox) {
		if (!Files.isDirectory(inbox)) {
			throw new IllegalStateException("The inbox folder " + inbox.toAbsolutePath() + " does not exist");
		}
		try (Stream<Path> entries = Files.list(inbox)) {
			// Hidden files and unfinished uploads (*.part) are not submissions yet.
			return entries.filter(Files::isRegularFile)
				.filter(p -> !p.getFileName().toString().startsWith("."))
				.filter(p -> !p.getFileName().toString().endsWith(".part"))
				.sorted()
				.collect(ConcurrentLinkedQueue::new, Queue::add, Queue::addAll);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the inbox " + inbox, ex);
		}
	}

}
