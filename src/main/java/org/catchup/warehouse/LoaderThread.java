package org.catchup.warehouse;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The second thread of a load: takes items from a small bounded queue, so parsing runs at most
 * a few batches ahead and memory stays flat. A failure on either side never leaves the other
 * blocked: the producer gives up when the loader has died, the loader when told to stop.
 * <p>
 * The thread starts with the first item handed over. A load whose items all arrive at
 * {@link #finish(Object)} (a small submission, one batch) runs on the caller's thread instead:
 * there is nothing to overlap, and a thread per file would cost more than the load.
 */
final class LoaderThread<T> {

	/** The loader's work: drain the queue through {@link #take()} until it returns null. */
	interface Work {

		long run() throws Exception;

	}

	private static final Object END = new Object();

	private final BlockingQueue<Object> queue;

	private final AtomicReference<Throwable> failure = new AtomicReference<>();

	private final Work work;

	/** Runs once, on the producer's thread, before the first item goes out (see the constructor). */
	private final Runnable beforeFirstItem;

	private final Thread thread;

	private volatile boolean aborted;

	private long loaded;

	/**
	 * {@code beforeFirstItem} runs on the producer's thread just before the load starts, on the
	 * loader thread or on the producer's: what the work needs from the producer's transaction
	 * (the rows' submission) is asked there, and never for a load aborted before that.
	 */
	LoaderThread(String name, int capacity, Runnable beforeFirstItem, Work work) {
		this.queue = new ArrayBlockingQueue<>(capacity);
		this.beforeFirstItem = beforeFirstItem;
		this.work = work;
		this.thread = new Thread(() -> {
			try {
				loaded = work.run();
			}
			catch (Throwable ex) {
				failure.set(ex);
				queue.clear();
			}
		}, name);
		this.thread.setDaemon(true);
	}

	/** Called by the producer; starts the loader, and fails fast when it has died. */
	void put(T item) {
		if (!isStarted()) {
			beforeFirstItem.run();
			thread.start();
		}
		offer(item);
	}

	/** Called by the loader: the next item, or null at the end. */
	@SuppressWarnings("unchecked")
	T take() throws InterruptedException {
		Object item = queue.take();
		if (aborted) {
			throw new IllegalStateException("The load was aborted");
		}
		return item == END ? null : (T) item;
	}

	/**
	 * Hands over the last item (none when null), ends the input and waits for the loader;
	 * rethrows its failure. Runs the whole load here when nothing was handed over before.
	 */
	long finish(T last) {
		if (!isStarted()) {
			beforeFirstItem.run();
			if (last != null) {
				queue.add(last);
			}
			queue.add(END);
			try {
				return work.run();
			}
			catch (RuntimeException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new IllegalStateException("Loading facts failed: " + ex.getMessage(), ex);
			}
		}
		if (last != null) {
			offer(last);
		}
		putEnd();
		join();
		rethrowIfFailed();
		return loaded;
	}

	void abort() {
		aborted = true;
		queue.clear();
		if (isStarted()) {
			putEnd();
			join();
		}
	}

	private boolean isStarted() {
		return thread.getState() != Thread.State.NEW;
	}

	private void offer(Object item) {
		try {
			while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
				rethrowIfFailed();
				if (!thread.isAlive()) {
					throw new IllegalStateException("The fact loader stopped before the file was read");
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading facts", ex);
		}
	}

	private void putEnd() {
		if (thread.isAlive()) {
			offer(END);
		}
	}

	private void join() {
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading facts", ex);
		}
	}

	private void rethrowIfFailed() {
		Throwable ex = failure.get();
		if (ex instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (ex instanceof Error error) {
			throw error;
		}
		if (ex != null) {
			throw new IllegalStateException("Loading facts failed: " + ex.getMessage(), ex);
		}
	}

}
