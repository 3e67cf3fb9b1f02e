package org.catchup.consolidation.remote;

import java.util.Locale;

import org.catchup.jobs.JobDefinitions;
import org.springframework.core.env.Environment;

/**
 * Whether a night sends its partitions to the workers: {@code CATCHUP_CONSOLIDATION_REMOTE}
 * ({@code catchup.consolidation.remote}) when set, else the {@code remote} line of
 * {@code jobs/consolidation.properties}, else not. Read at each start and restart, as the job file
 * is.
 */
public class ConsolidationMode {

	static final String JOB = "consolidation";

	static final String KEY = "remote";

	static final String PROPERTY = "catchup.consolidation.remote";

	private final Environment environment;

	private final JobDefinitions definitions;

	public ConsolidationMode(Environment environment, JobDefinitions definitions) {
		this.environment = environment;
		this.definitions = definitions;
	}

	/**
	 * @throws IllegalArgumentException when the setting is neither true nor false
	 */
	public boolean remote() {
		String set = environment.getProperty(PROPERTY, "").trim();
		if (!set.isEmpty()) {
			return parse(set, "CATCHUP_CONSOLIDATION_REMOTE (" + PROPERTY + ")");
		}
		String line = definitions.setting(JOB, KEY);
		return line != null && !line.isEmpty() && parse(line, definitions.file(JOB) + ": " + KEY);
	}

	private static boolean parse(String value, String where) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new IllegalArgumentException(where + "=" + value + " is neither true nor false");
		};
	}

}
