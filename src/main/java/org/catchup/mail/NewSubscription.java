package org.catchup.mail;

/**
 * A subscription to add, already checked by {@link SubscriptionRules}.
 *
 * @param userId the user it belongs to, or null for a contact without a sign-in
 */
public record NewSubscription(Long userId, String recipientName, String address, String language, String scope,
		boolean withExcel) {
}
