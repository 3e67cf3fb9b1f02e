package org.catchup.submission;

import java.nio.file.Path;
import java.util.Queue;

import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Reads the inbox: every regular file, by name, as it was when the step began, taken from the
 * queue the partitions share. Restart needs no saved position, because consolidated files have
 * left the inbox and a file whose commit happened just before a crash is recognised by its
 * content hash.
 */
class InboxReader implements ItemReader<Path> {

	private final InboxQueues queues;

	private final long jobExecutionId;

	private final Path inbox;

	private final ConsolidationProgress progress;

	private Queue<Path> files;

	InboxReader(InboxQueues queues, long jobExecutionId, Path inbox, ConsolidationProgress progress) {
		this.queues = queues;
		this.jobExecutionId = jobExecutionId;
		this.inbox = inbox;
		this.progress = progress;
	}

	@Override
	public Path read() {
		if (files == null) {
			files = queues.forExecution(jobExecutionId, inbox);
			progress.started(inbox, files.size());
		}
		return files.poll();
	}

}
