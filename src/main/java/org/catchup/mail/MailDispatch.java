package org.catchup.mail;

import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends one bulletin mail, trying again after a failed send ({@code catchup.mail.attempts} tries,
 * the wait doubling from {@code catchup.mail.retry-delay}). A mail that cannot even be written (a
 * file gone) is not tried again.
 */
class MailDispatch {

	private static final Logger log = LoggerFactory.getLogger(MailDispatch.class);

	private final JavaMailSender sender;

	private final BulletinMessages messages;

	private final MailSettings settings;

	private final RetryTemplate retry;

	MailDispatch(JavaMailSender sender, BulletinMessages messages, MailSettings settings) {
		this.sender = sender;
		this.messages = messages;
		this.settings = settings;
		this.retry = new RetryTemplate(RetryPolicy.builder()
			.includes(MailSendException.class)
			.maxRetries(settings.attempts() - 1)
			.delay(settings.retryDelay())
			.multiplier(2)
			.build());
	}

	MailOutcome send(PlannedMail mail, YearMonth month) {
		MimeMessage message;
		try {
			message = messages.compose(sender.createMimeMessage(), mail, month, settings.from());
		}
		catch (Exception ex) {
			log.warn("Cannot write the mail to {}", mail.address(), ex);
			return new MailOutcome(false, 1, "the mail could not be written: " + MailFailures.reason(ex));
		}
		AtomicInteger attempts = new AtomicInteger();
		try {
			retry.execute(() -> {
				attempts.incrementAndGet();
				sender.send(message);
				return null;
			});
			return new MailOutcome(true, attempts.get(), null);
		}
		catch (RetryException ex) {
			Throwable last = ex.getLastException() == null ? ex : ex.getLastException();
			log.warn("Mail to {} not sent after {} tries", mail.address(), attempts.get(), last);
			return new MailOutcome(false, Math.max(1, attempts.get()), MailFailures.reason(last));
		}
		catch (RuntimeException ex) {
			log.warn("Mail to {} not sent", mail.address(), ex);
			return new MailOutcome(false, Math.max(1, attempts.get()), MailFailures.reason(ex));
		}
	}

}
