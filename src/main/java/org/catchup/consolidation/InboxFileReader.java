package org.catchup.consolidation;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one partition's files ({@link InboxPartitioner#FILES}), in order of arrival, and saves
 * how far it got ({@value #POSITION}) with each chunk. Restarted, it goes on from there; a file
 * before that point still in the inbox was stored by a chunk that committed just before the run
 * died, and is read again first, to be recognised by its content and filed. A file no longer in
 * the inbox is skipped: it was filed, or taken away.
 */
class InboxFileReader implements ItemStreamReader<Path> {

	static final String POSITION = "position";

	private final Inbox inbox;

	private final List<String> files;

	private final Deque<Path> owed = new ArrayDeque<>();

	private int next;

	InboxFileReader(Inbox inbox, List<String> files) {
		this.inbox = inbox;
		this.files = List.copyOf(files);
	}

	@Override
	public void open(ExecutionContext executionContext) {
		next = Math.min(executionContext.getInt(POSITION, 0), files.size());
		for (String name : files.subList(0, next)) {
			if (inbox.holds(name)) {
				owed.add(inbox.resolve(name));
			}
		}
	}

	@Override
	public Path read() {
		if (!owed.isEmpty()) {
			return owed.poll();
		}
		while (next < files.size()) {
			String name = files.get(next++);
			if (inbox.holds(name)) {
				return inbox.resolve(name);
			}
		}
		return null;
	}

	@Override
	public void update(ExecutionContext executionContext) {
		executionContext.putInt(POSITION, next);
	}

}
