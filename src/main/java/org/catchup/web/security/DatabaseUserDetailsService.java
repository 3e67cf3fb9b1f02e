package org.catchup.web.security;

import org.catchup.users.UserAccounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class DatabaseUserDetailsService implements UserDetailsService {

	private final UserAccounts accounts;

	DatabaseUserDetailsService(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.findForLogin(username)
			.map(user -> new CatchUpUser(user.username(), user.passwordHash(), user.displayName(), user.enabled(),
					user.roles(), user.enterprises()))
			.orElseThrow(() -> new UsernameNotFoundException("No user " + username));
	}

}
