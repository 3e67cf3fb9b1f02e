package org.catchup.web.admin;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.catchup.users.Role;
import org.catchup.users.UserAccount;

/** What an administrator may set on a user: each rule answers with the sentence the form shows. */
final class UserRules {

	static final int MIN_PASSWORD = 10;

	static final int MAX_PASSWORD = 200;

	private static final int KNOWN_SHOWN = 12;

	private UserRules() {
	}

	/** Enterprise codes as typed: separated by commas, semicolons or spaces, any case. */
	static Set<String> enterpriseCodes(String text) {
		Set<String> codes = new TreeSet<>();
		if (text != null) {
			Arrays.stream(text.split("[,;\\s]+"))
				.filter(code -> !code.isBlank())
				.forEach(code -> codes.add(code.strip().toUpperCase(Locale.ROOT)));
		}
		return codes;
	}

	/** Finance staff need enterprises, and each must be one the reference data names. */
	static Optional<String> enterpriseProblem(Set<Role> roles, Set<String> codes, Collection<String> known) {
		if (roles.contains(Role.SUBMITTER) && codes.isEmpty()) {
			return Optional.of("finance staff need at least one enterprise");
		}
		List<String> unknown = codes.stream().filter(code -> !known.contains(code)).toList();
		if (unknown.isEmpty()) {
			return Optional.empty();
		}
		String which = unknown.size() == 1 ? "no enterprise " + unknown.get(0)
				: "no enterprises " + String.join(", ", unknown);
		if (known.isEmpty()) {
			return Optional.of("the reference data names " + which
					+ " (no reference workbook is loaded yet: load it under Reference data first)");
		}
		List<String> sorted = new TreeSet<>(known).stream().toList();
		String shown = String.join(", ", sorted.subList(0, Math.min(KNOWN_SHOWN, sorted.size())))
				+ (sorted.size() > KNOWN_SHOWN ? ", …" : "");
		return Optional.of("the reference data names " + which + "; known codes are " + shown);
	}

	/**
	 * Someone must be able to manage users: the last enabled administrator keeps the role and
	 * stays enabled.
	 */
	static Optional<String> lastAdministratorProblem(UserAccount user, boolean keepsAdmin, boolean staysEnabled,
			int enabledAdministrators) {
		boolean isEnabledAdmin = user.enabled() && user.roles().contains(Role.ADMIN);
		if (isEnabledAdmin && (!keepsAdmin || !staysEnabled) && enabledAdministrators <= 1) {
			return Optional.of(user.username()
					+ " is the last administrator who can sign in; make another user an administrator first");
		}
		return Optional.empty();
	}

	static Optional<String> passwordProblem(String password) {
		if (password == null || password.length() < MIN_PASSWORD) {
			return Optional.of("at least " + MIN_PASSWORD + " characters");
		}
		if (password.length() > MAX_PASSWORD) {
			return Optional.of("at most " + MAX_PASSWORD + " characters");
		}
		return Optional.empty();
	}

}
