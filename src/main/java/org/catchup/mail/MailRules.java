package org.catchup.mail;

import java.util.Locale;
import java.util.Optional;

import org.catchup.i18n.Message;
import org.catchup.users.Role;
import org.catchup.users.UserAccount;

/**
 * Who gets which bulletin from a run, and when a mail is due. Plain rules, tested directly.
 */
final class MailRules {

	/** The scope of the combine-wide bulletin, as the bulletin job names it. */
	static final String COMBINE_WIDE = "ALL";

	/** What becomes of a subscription's mail in a run. */
	enum Due {

		/** Mail it now. */
		SEND,
		/** This run (an earlier try of it, before a restart) mailed it already. */
		SENT_IN_THIS_RUN,
		/** An earlier run of the month mailed it; only {@code resend=true} mails it again. */
		ALREADY_MAILED

	}

	private MailRules() {
	}

	/** German for {@code de}; English otherwise, and when no language is known. */
	static Locale locale(String language) {
		return "de".equals(language) ? Locale.GERMAN : Locale.ENGLISH;
	}

	/** Did the run render the bulletin this subscription is for? */
	static boolean covers(BulletinRun run, String subscriptionScope) {
		if (COMBINE_WIDE.equals(run.scope())) {
			return COMBINE_WIDE.equals(subscriptionScope) || run.perEnterprise();
		}
		return run.scope().equals(subscriptionScope);
	}

	/**
	 * Why a user may not receive a bulletin: the combine-wide one goes to committee members and
	 * administrators, an enterprise's also to the finance staff bound to that enterprise (as on the
	 * web, where finance staff read only their own enterprise's bulletins).
	 */
	static Optional<Message> accessProblem(UserAccount user, String scope) {
		if (user.roles().contains(Role.COMMITTEE) || user.roles().contains(Role.ADMIN)) {
			return Optional.empty();
		}
		if (COMBINE_WIDE.equals(scope)) {
			return Optional.of(Message.of("mail.error.combineWideNotAllowed", user.username()));
		}
		if (!user.enterprises().contains(scope)) {
			return Optional.of(Message.of("mail.error.notBound", user.username(), scope));
		}
		return Optional.empty();
	}

	/**
	 * @param sentInThisRun this run has a SENT delivery of the bulletin to the address
	 * @param sentBefore any run of the month has one
	 */
	static Due due(boolean resend, boolean sentInThisRun, boolean sentBefore) {
		if (sentInThisRun) {
			return Due.SENT_IN_THIS_RUN;
		}
		return sentBefore && !resend ? Due.ALREADY_MAILED : Due.SEND;
	}

}
