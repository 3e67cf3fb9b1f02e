package org.catchup.web.admin;

/** A new password an administrator sets for a user who lost theirs. */
record PasswordForm(String password) {

	static PasswordForm empty() {
		return new PasswordForm("");
	}

}
