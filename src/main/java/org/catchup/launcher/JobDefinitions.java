package org.catchup.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The job files in {@code jobs/}: {@code <job>.properties} with a {@code schedule} (cron, or
 * {@code -} for none) and default parameters as {@code param.<name>=value}. A person can read
 * and change them; they are read when a job starts.
 */
public class JobDefinitions {

	private static final String PARAM = "param.";

	private final Path folder;

	public JobDefinitions(Path folder) {
		this.folder = folder;
	}

	/** The job's default parameters, overridden by {@code given}. */
	public Map<String, String> parameters(String jobName, Map<String, String> given) {
		Map<String, String> merged = new LinkedHashMap<>();
		Properties file = load(jobName);
		file.stringPropertyNames()
			.stream()
			.filter(key -> key.startsWith(PARAM))
			.sorted()
			.forEach(key -> merged.put(key.substring(PARAM.length()), file.getProperty(key).trim()));
		merged.putAll(given);
		return merged;
	}

	/** The cron expression, or null when the job has no schedule. */
	public String schedule(String jobName) {
		String schedule = load(jobName).getProperty("schedule", "-").trim();
		return schedule.equals("-") || schedule.isEmpty() ? null : schedule;
	}

	private Properties load(String jobName) {
		Properties properties = new Properties();
		Path file = folder.resolve(jobName + ".properties");
		if (Files.isRegularFile(file)) {
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				properties.load(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the job file " + file, ex);
			}
		}
		return properties;
	}

}
