package org.catchup.mail;

import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Sends each planned mail and records how it went, sent or not, in the chunk's transaction: one
 * mail per chunk, so a crash after a send loses at most that one's record.
 */
class MailWriter implements ItemWriter<PlannedMail> {

	private static final Logger log = LoggerFactory.getLogger(MailWriter.class);

	private final BulletinRun run;

	private final long jobExecutionId;

	private final MailDispatch dispatch;

	private final MailDeliveries deliveries;

	MailWriter(BulletinRun run, long jobExecutionId, MailDispatch dispatch, MailDeliveries deliveries) {
		this.run = run;
		this.jobExecutionId = jobExecutionId;
		this.dispatch = dispatch;
		this.deliveries = deliveries;
	}

	@Override
	public void write(Chunk<? extends PlannedMail> mails) {
		for (PlannedMail mail : mails) {
			MailOutcome outcome = dispatch.send(mail, run.month());
			deliveries.record(mail, run, jobExecutionId, outcome, LocalDateTime.now());
			if (outcome.sent()) {
				log.info("Mailed {}", mail.describe());
			}
			else {
				log.warn("Not mailed after {} tries: {}: {}", outcome.attempts(), mail.describe(), outcome.error());
			}
		}
	}

}
