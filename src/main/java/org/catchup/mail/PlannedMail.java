package org.catchup.mail;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One bulletin to mail to one recipient in a run.
 *
 * @param scope {@value MailRules#COMBINE_WIDE} or the enterprise code of the bulletin
 * @param bulletinTitle for an enterprise's bulletin its name and code, e.g. {@code Otto-Brosowski-Schacht (OBS)}; null for the combine-wide one
 * @param attachments the PDF, and the Excel workbook when subscribed
 * @param deliveryId the delivery an earlier try recorded as failed, which this one continues; null for a first try
 */
record PlannedMail(String scope, String bulletinTitle, String recipientName, String address, Locale locale,
		List<Path> attachments, Long deliveryId) {

	String attachmentNames() {
		return attachments.stream().map(file -> file.getFileName().toString()).collect(Collectors.joining(", "));
	}

	/** For summaries: {@code Committee <committee@example.org>: bulletin-1959-09.pdf, bulletin-1959-09.xlsx}. */
	String describe() {
		return recipientName + " <" + address + ">: " + attachmentNames();
	}

}
