package org.catchup.submission;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One night's inbox, checked ahead and dealt out to the writers: a few threads check the next
 * files ({@link SubmissionChecker}), and a dealer hands each checked file, in the order given (of
 * arrival, see {@link ArrivedFile}), to the writer of its enterprise. So two writers never store
 * the same enterprise (they never wait on each other's locks), and one enterprise's files are
 * stored in order of arrival, as one thread would. A file whose enterprise is unknown (its title
 * block failed) goes to a writer by its content, so identical copies meet one writer, in order.
 */
final class CheckedInbox {

	private static final Object END = new Object();

	/** A file being checked, in the order files are dealt. */
	private record Checking(Path file, Future<CheckedSubmission> result) {
	}

	/** A check that threw: the writer it belongs to fails with it. */
	private record Failure(Exception cause) {
	}

	private final List<Path> files;

	private final Function<Path, CheckedSubmission> check;

	private final int lookAhead;

	private final List<BlockingQueue<Object>> queues = new ArrayList<>();

	private final Set<Integer> abandoned = ConcurrentHashMap.newKeySet();

	private final ExecutorService checkers;

	private final Thread dealer;

	private volatile boolean closed;

	private final InboxCount count = new InboxCount();

	/**
	 * @param lookAhead files being checked at once, beyond those waiting for their writer
	 * @param waiting checked files each writer may have waiting for it
	 */
	CheckedInbox(List<Path> files, Function<Path, CheckedSubmission> check, int threads, int writers, int lookAhead,
			int waiting) {
		this.files = List.copyOf(files);
		this.check = check;
		this.lookAhead = Math.max(1, lookAhead);
		for (int w = 0; w < writers; w++) {
			queues.add(new ArrayBlockingQueue<>(Math.max(1, waiting) + 1));
		}
		this.checkers = Executors.newFixedThreadPool(Math.max(1, threads), daemons("consolidation-check-"));
		this.dealer = daemons("consolidation-dealer-").newThread(this::deal);
		this.dealer.start();
	}

	int size() {
		return files.size();
	}

	/** The running count of files done, over all writers. */
	InboxCount count() {
		return count;
	}

	/** The next checked file for {@code writer}, waiting for it if need be; null when there are no more. */
	CheckedSubmission next(int writer) throws Exception {
		BlockingQueue<Object> queue = queues.get(writer);
		Object item = queue.take();
		if (item == END) {
			queue.offer(END); // asked again, it is still the end
			return null;
		}
		if (item instanceof Failure failure) {
			throw failure.cause();
		}
		return (CheckedSubmission) item;
	}

	/** The writer stopped (it finished, or failed): files dealt to it now stay in the inbox. */
	void abandon(int writer) {
		abandoned.add(writer);
		queues.get(writer).clear();
	}

	/** Stops checking and dealing: the step is over. */
	void close() {
		closed = true;
		dealer.interrupt();
		checkers.shutdownNow();
	}

	private void deal() {
		Deque<Checking> ahead = new ArrayDeque<>();
		Iterator<Path> next = files.iterator();
		try {
			while (true) {
				while (ahead.size() < lookAhead && next.hasNext()) {
					Path file = next.next();
					ahead.add(new Checking(file, checkers.submit(() -> check.apply(file))));
				}
				Checking checking = ahead.poll();
				if (checking == null) {
					break;
				}
				Path file = checking.file();
				try {
					CheckedSubmission item = checking.result().get();
					hand(writerFor(item.enterpriseCode() != null ? item.enterpriseCode() : item.contentHash(), file), item);
				}
				catch (ExecutionException ex) {
					Throwable cause = ex.getCause();
					hand(writerFor(null, file), new Failure(cause instanceof Exception e ? e
							: new IllegalStateException("Checking " + file.getFileName() + " failed", cause)));
				}
			}
			for (int w = 0; w < queues.size(); w++) {
				hand(w, END);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void hand(int writer, Object item) throws InterruptedException {
		BlockingQueue<Object> queue = queues.get(writer);
		while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
			if (closed || isAbandoned(writer)) {
				return;
			}
		}
		if (isAbandoned(writer)) {
			queue.clear();
		}
	}

	private boolean isAbandoned(int writer) {
		return abandoned.contains(writer);
	}

	private int writerFor(String enterpriseOrContent, Path file) {
		String key = enterpriseOrContent != null ? enterpriseOrContent : file.getFileName().toString();
		return Math.floorMod(key.hashCode(), queues.size());
	}

	private static ThreadFactory daemons(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
