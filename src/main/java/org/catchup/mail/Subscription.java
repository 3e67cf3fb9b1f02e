package org.catchup.mail;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Who receives which bulletin by mail.
 *
 * @param userId the Catch-Up user it belongs to, or null for a contact without a sign-in
 * @param username that user's name, null for a contact
 * @param language {@code en} or {@code de}; null for English
 * @param scope {@value MailRules#COMBINE_WIDE} for the combine-wide bulletin, else the code of the
 * enterprise or combine whose bulletin it is
 * @param withExcel the Excel workbook too, beside the PDF
 */
public record Subscription(long id, Long userId, String username, String recipientName, String address,
		String language, String scope, boolean withExcel, String createdBy, LocalDateTime createdAt) {

	public boolean combineWide() {
		return MailRules.COMBINE_WIDE.equals(scope);
	}

	/** The language of the mail: the subscription's, English when none is set. */
	public Locale locale() {
		return MailRules.locale(language);
	}

	/** For lists and summaries: {@code Committee <committee@example.org>}. */
	public String recipient() {
		return recipientName + " <" + address + ">";
	}

}
