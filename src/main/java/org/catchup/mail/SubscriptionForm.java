package org.catchup.mail;

/**
 * The form that adds a subscription: on a user's page (the name defaults to theirs) or on the
 * subscriptions page for a contact without a sign-in.
 *
 * @param scope {@value MailRules#COMBINE_WIDE} or an enterprise code
 * @param language empty (English), {@code en} or {@code de}
 */
record SubscriptionForm(String recipientName, String address, String scope, Boolean withExcel, String language) {

	static SubscriptionForm empty() {
		return new SubscriptionForm("", "", MailRules.COMBINE_WIDE, false, "");
	}

	boolean excel() {
		return Boolean.TRUE.equals(withExcel);
	}

}
