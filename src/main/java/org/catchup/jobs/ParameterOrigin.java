package org.catchup.jobs;

/**
 * Who asks for a run. The command line and the schedules run as the server's own user and may
 * name any folder; parameters from the web pages and the JSON API are confined to the folders
 * Catch-Up is configured with.
 */
public enum ParameterOrigin {

	COMMAND_LINE(false), SCHEDULE(false), WEB(true);

	private final boolean confined;

	ParameterOrigin(boolean confined) {
		this.confined = confined;
	}

	boolean confined() {
		return confined;
	}

}
