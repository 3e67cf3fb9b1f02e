package org.catchup.mail;

/**
 * One bulletin a subscription can be for, as the forms list it.
 *
 * @param scope {@value MailRules#COMBINE_WIDE} or an enterprise code
 */
public record BulletinChoice(String scope, String label) {
}
