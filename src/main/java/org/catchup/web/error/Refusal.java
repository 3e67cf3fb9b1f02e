package org.catchup.web.error;

import org.catchup.i18n.Language;
import org.catchup.i18n.MessagesConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request refused with a sentence from the message bundles, worded in the language of the
 * answer by {@link Problems}: {@code throw new Refusal(BAD_REQUEST, "error.page.none", 7, 100, 3)}.
 * Its reason, for logs and for handlers that do not word it, is the English sentence.
 */
public class Refusal extends ResponseStatusException {

	private static final MessageSource BUNDLES = MessagesConfiguration.bundles();

	public Refusal(HttpStatus status, String messageCode, Object... arguments) {
		super(status, BUNDLES.getMessage(messageCode, arguments, Language.DEFAULT.locale()), null, messageCode,
				arguments);
	}

}
