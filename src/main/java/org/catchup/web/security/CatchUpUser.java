package org.catchup.web.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.catchup.users.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person: roles become authorities, enterprises limit what a SUBMITTER sees. */
public final class CatchUpUser implements UserDetails {

	private final String username;

	private final String passwordHash;

	private final String displayName;

	private final boolean enabled;

	private final Set<Role> roles;

	private final Set<String> enterprises;

	public CatchUpUser(String username, String passwordHash, String displayName, boolean enabled, Set<Role> roles,
			Set<String> enterprises) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.enabled = enabled;
		this.roles = Set.copyOf(roles);
		this.enterprises = Set.copyOf(enterprises);
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = roles.stream()
			.map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
			.toList();
		return authorities;
	}

	public String displayName() {
		return displayName;
	}

	public Set<Role> roles() {
		return roles;
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** The enterprises this user submits for, sorted. */
	public List<String> enterprises() {
		return enterprises.stream().sorted().toList();
	}

	public boolean mayActFor(String enterpriseCode) {
		return enterpriseCode != null && enterprises.contains(enterpriseCode);
	}

}
