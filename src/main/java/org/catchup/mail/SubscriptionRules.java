package org.catchup.mail;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.catchup.i18n.Message;
import org.catchup.users.UserAccount;

/**
 * What an administrator may subscribe: each rule answers with the sentence the form shows, as a
 * message key and its arguments, worded in the reader's language by the page.
 */
final class SubscriptionRules {

	static final int MAX_ADDRESS = 254;

	static final int MAX_NAME = 200;

	private SubscriptionRules() {
	}

	/**
	 * The problems of the form by field ({@code address}, {@code recipientName}, {@code scope},
	 * {@code language}); empty when it may be added.
	 * @param user the user the subscription is for, or null for a contact without a sign-in
	 * @param knownCodes the enterprise and combine codes of the reference data
	 * @param subscribed whether an address (any case) already receives a scope's bulletin
	 */
	static Map<String, Message> problems(SubscriptionForm form, UserAccount user, Collection<String> knownCodes,
			BiPredicate<String, String> subscribed) {
		Map<String, Message> problems = new LinkedHashMap<>();
		String address = strip(form.address());
		addressProblem(address).ifPresent(problem -> problems.put("address", problem));
		String name = strip(form.recipientName());
		if (name.length() > MAX_NAME) {
			problems.put("recipientName", Message.of("mail.error.tooLong", MAX_NAME));
		}
		else if (name.chars().anyMatch(Character::isISOControl)) {
			problems.put("recipientName", Message.of("mail.error.name.lineBreaks"));
		}
		else if (name.isEmpty() && user == null) {
			problems.put("recipientName", Message.of("mail.error.name.missing"));
		}
		String scope = scope(form.scope());
		if (!MailRules.COMBINE_WIDE.equals(scope) && !knownCodes.contains(scope)) {
			problems.put("scope", Message.of(
					knownCodes.isEmpty() ? "mail.error.scope.unknown.noReference" : "mail.error.scope.unknown", scope));
		}
		else if (user != null) {
			MailRules.accessProblem(user, scope).ifPresent(problem -> problems.put("scope", problem));
		}
		String language = strip(form.language());
		if (!language.isEmpty() && !language.equals("en") && !language.equals("de")) {
			problems.put("language", Message.of("mail.error.language"));
		}
		if (!problems.containsKey("address") && !problems.containsKey("scope") && subscribed.test(address, scope)) {
			problems.put("address", MailRules.COMBINE_WIDE.equals(scope)
					? Message.of("mail.error.subscribed.combineWide", address)
					: Message.of("mail.error.subscribed.enterprise", address, scope));
		}
		return problems;
	}

	/** A plain address ({@code name@example.org}), no display name, no line breaks. */
	static Optional<Message> addressProblem(String address) {
		if (address.isEmpty()) {
			return Optional.of(Message.of("mail.error.address.missing"));
		}
		if (address.length() > MAX_ADDRESS) {
			return Optional.of(Message.of("mail.error.tooLong", MAX_ADDRESS));
		}
		try {
			InternetAddress parsed = new InternetAddress(address, true);
			parsed.validate();
			if (!parsed.getAddress().equals(address) || parsed.getPersonal() != null || address.indexOf('@') < 1) {
				return Optional.of(Message.of("mail.error.address.invalid", address));
			}
		}
		catch (AddressException ex) {
			return Optional.of(Message.of("mail.error.address.invalid", address));
		}
		return Optional.empty();
	}

	/** The subscription the checked form adds. */
	static NewSubscription subscription(SubscriptionForm form, UserAccount user) {
		String name = strip(form.recipientName());
		if (name.isEmpty()) {
			name = user != null ? user.displayName() : strip(form.address());
		}
		String language = strip(form.language());
		return new NewSubscription(user == null ? null : user.id(), name, strip(form.address()),
				language.isEmpty() ? null : language, scope(form.scope()), form.excel());
	}

	private static String scope(String scope) {
		String code = strip(scope).toUpperCase(Locale.ROOT);
		return code.isEmpty() ? MailRules.COMBINE_WIDE : code;
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

}
