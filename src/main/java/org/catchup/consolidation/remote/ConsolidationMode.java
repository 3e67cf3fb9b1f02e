package org.catchup.consolidation.remote;

import java.util.Locale;

import org.catchup.jobs.JobDefinitions;

/**
 * Whether a night sends its partitions to the workers: {@code CATCHUP_CONSOLIDATION_REMOTE}
 * ({@code catchup.consolidation.remote}) when set, else the {@code remote} line of
 * {@code jobs/consolidation.properties}, else not. Read at each start, as the job file is.
 */
public class ConsolidationMode {

	static final String JOB = "consolidation";

	static final String KEY = "remote";

	private final RemoteSettings settings;

	private final JobDefinitions definitions;

	public ConsolidationMode(RemoteSettings settings, JobDefinitions definitions) {
		this.settings = settings;
		this.definitions = definitions;
	}

	/**
	 * @throws IllegalArgumentException when the job file's line is neither true nor false
	 */
	public boolean remote() {
		if (settings.remote() != null) {
			return settings.remote();
		}
		String line = definitions.setting(JOB, KEY);
		if (line == null || line.isEmpty()) {
			return false;
		}
		return switch (line.toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new IllegalArgumentException(definitions.file(JOB) + ": " + KEY + "=" + line
					+ " is neither true nor false");
		};
	}

}
