package org.catchup.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How bulletins are mailed; the SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from the sender of every bulletin mail, e.g. {@code Catch-Up <catchup@example.org>}
 * @param attempts how often one mail is tried in one run before it counts as unsent (at least 1)
 * @param retryDelay the wait before the second try; it doubles for each further one
 * @param demoTo when set, the demo's two subscribers receive their bulletins at this address
 */
@ConfigurationProperties("catchup.mail")
public record MailSettings(String from, int attempts, Duration retryDelay, String demoTo) {

	public MailSettings {
		from = from == null || from.isBlank() ? "catchup@localhost" : from.strip();
		attempts = Math.max(1, attempts);
		retryDelay = retryDelay == null || retryDelay.isNegative() ? Duration.ZERO : retryDelay;
		demoTo = demoTo == null ? "" : demoTo.strip();
	}

}
