package org.catchup.mail;

import java.util.List;

/**
 * What a run mails: the mails due, and the subscriptions it leaves out, each with the reason.
 *
 * @param due mails to send now
 * @param alreadyMailed "recipient: when", mailed by an earlier run of the month (resend=true mails them again)
 * @param notMailed "recipient: why", subscriptions the run cannot serve (a disabled user, a bulletin not rendered)
 */
record MailPlan(List<PlannedMail> due, List<String> alreadyMailed, List<String> notMailed) {
}
