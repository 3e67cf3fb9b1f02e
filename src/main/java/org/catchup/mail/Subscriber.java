package org.catchup.mail;

import java.util.Set;

import org.catchup.web.security.Role;

/** A Catch-Up user as far as their mail is concerned: may they read the bulletin they subscribe to? */
public record Subscriber(long id, String username, String displayName, boolean enabled, Set<Role> roles,
		Set<String> enterprises) {

	/** Committee members and administrators read every bulletin. */
	boolean readsEveryBulletin() {
		return roles.contains(Role.COMMITTEE) || roles.contains(Role.ADMIN);
	}

}
