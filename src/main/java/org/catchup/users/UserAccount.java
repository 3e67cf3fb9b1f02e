package org.catchup.users;

import java.util.Set;

/** A user as the admin pages show it (never with the password hash). */
public record UserAccount(long id, String username, String displayName, boolean enabled, Set<Role> roles,
		Set<String> enterprises) {
}
