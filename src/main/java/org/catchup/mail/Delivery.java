package org.catchup.mail;

import java.time.LocalDateTime;

/**
 * One bulletin mailed, or tried, to one address by one run (table mail_delivery).
 *
 * @param scope {@value MailRules#COMBINE_WIDE} or the enterprise code of the bulletin
 * @param attachments the attached files' names, separated by ", "
 * @param attempts every try so far, over all runs and restarts that tried it
 * @param lastError why the last try failed; null once it was sent
 * @param sentAt when it went out; null while it is FAILED
 */
public record Delivery(long id, String period, String scope, String address, String recipientName, String language,
		String attachments, Status status, int attempts, String lastError, LocalDateTime sentAt,
		LocalDateTime updatedAt, long jobInstanceId, long jobExecutionId) {

	public enum Status {

		SENT, FAILED

	}

	public boolean sent() {
		return status == Status.SENT;
	}

	public String recipient() {
		return recipientName + " <" + address + ">";
	}

}
