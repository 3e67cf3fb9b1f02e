package org.catchup.mail;

/**
 * What came of one run's tries of one mail.
 *
 * @param attempts the tries made now
 * @param error why the last try failed, null when sent
 */
record MailOutcome(boolean sent, int attempts, String error) {
}
