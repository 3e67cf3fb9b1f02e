package org.catchup.web.admin;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotEmpty;

import org.catchup.users.UserAccount;

/** The form that changes an existing user's name, roles and enterprises. */
record UserEditForm(String displayName, @NotEmpty(message = "choose at least one role") List<String> roles,
		String enterprises) {

	static UserEditForm of(UserAccount user) {
		return new UserEditForm(user.displayName(), user.roles().stream().map(Enum::name).toList(),
				user.enterprises().stream().collect(Collectors.joining(", ")));
	}

}
