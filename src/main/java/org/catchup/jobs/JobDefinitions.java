package org.catchup.jobs;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

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

	/** Every job file in the folder, by job name; none when the folder is missing. */
	public List<JobDefinition> definitions() {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".properties"))
				.map(name -> name.substring(0, name.length() - ".properties".length()))
				.sorted()
				.map(job -> new JobDefinition(job, schedule(job), parameters(job, Map.of())))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the job files in " + folder, ex);
		}
	}

	/** Where a job's file is, for messages. */
	public Path file(String jobName) {
		return folder.resolve(jobName + ".properties");
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

	/**
	 * A line of the job's file that says how the job runs rather than with what (the
	 * consolidation's {@code remote}); null when the file has no such line.
	 */
	public String setting(String jobName, String key) {
		String value = load(jobName).getProperty(key);
		return value == null ? null : value.trim();
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
