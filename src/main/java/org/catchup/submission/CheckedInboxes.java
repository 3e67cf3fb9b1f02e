package org.catchup.submission;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The checked inbox of each running consolidation, shared by its writers (the partitions of the
 * step): the first writer to start opens it, the step's end closes it. A restart is a new
 * execution and lists the inbox again, which by then holds only the files not yet consolidated.
 */
class CheckedInboxes {

	/** Kept for the last few executions only: one whose step never ended is closed when pushed out. */
	private static final int KEPT = 4;

	private final Map<Long, CheckedInbox> inboxes = Collections.synchronizedMap(new LinkedHashMap<>() {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, CheckedInbox> eldest) {
			if (size() > KEPT) {
				eldest.getValue().close();
				return true;
			}
			return false;
		}
	});

	CheckedInbox forExecution(long jobExecutionId, Supplier<CheckedInbox> open) {
		synchronized (inboxes) {
			return inboxes.computeIfAbsent(jobExecutionId, id -> open.get());
		}
	}

	/** The step is over: its checkers stop. */
	void release(long jobExecutionId) {
		CheckedInbox inbox = inboxes.remove(jobExecutionId);
		if (inbox != null) {
			inbox.close();
		}
	}

}
