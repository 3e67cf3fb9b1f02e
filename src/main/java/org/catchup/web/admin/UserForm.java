package org.catchup.web.admin;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The new-user form; enterprises as codes separated by commas or spaces. */
record UserForm(@NotEmpty @Pattern(regexp = "[A-Za-z0-9._@-]{2,100}", message = "{users.error.usernamePattern}") String username,
		@Size(min = 10, max = 200, message = "{users.error.passwordSize}") String password, String displayName,
		@NotEmpty(message = "{users.error.noRoleChosen}") List<String> roles, String enterprises) {

	static UserForm empty() {
		return new UserForm("", "", "", List.of(), "");
	}

}
