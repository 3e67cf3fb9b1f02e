package org.catchup.users;

/** What a person does with Catch-Up; a user may hold several. */
public enum Role {

	/** finance staff of one or more enterprises: template, upload, their submissions */
	SUBMITTER,
	/** runs and watches the jobs */
	OPERATOR,
	/** reads bulletins and figures */
	COMMITTEE,
	/** manages users */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
