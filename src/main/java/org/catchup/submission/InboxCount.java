package org.catchup.submission;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The night's running count over the whole inbox, shared by its writers, so "file 61 of 120" and
 * "rows so far" count every writer's files, not each writer's own.
 */
final class InboxCount {

	private final AtomicInteger files = new AtomicInteger();

	private final AtomicLong rows = new AtomicLong();

	private final AtomicInteger rejected = new AtomicInteger();

	/** Counts one more file done; returns its number in the night. */
	int fileDone(long fileRows, boolean wasRejected) {
		rows.addAndGet(fileRows);
		if (wasRejected) {
			rejected.incrementAndGet();
		}
		return files.incrementAndGet();
	}

	int files() {
		return files.get();
	}

	long rows() {
		return rows.get();
	}

	int rejected() {
		return rejected.get();
	}

}
