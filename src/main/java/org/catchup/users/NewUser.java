package org.catchup.users;

import java.util.Set;

/** A user to create; {@code password} is the plain password, hashed before it is stored. */
public record NewUser(String username, String password, String displayName, Set<Role> roles, Set<String> enterprises) {
}
