package org.catchup.users;

import java.util.Set;

/** What signing a user in needs: the password hash, whether the account may sign in, roles and enterprises. */
public record SignIn(String username, String passwordHash, String displayName, boolean enabled, Set<Role> roles,
		Set<String> enterprises) {
}
