package org.catchup.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.catchup.CatchUpApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whole application instances started side by side in one JVM, each with its own connection
 * pool and job lock, as separate processes on one database would be.
 */
final class Instances {

	private Instances() {
	}

	/** Starts an instance; {@code properties} win over application.properties (command-line precedence). */
	static ConfigurableApplicationContext start(Map<String, String> properties, Clock clock) {
		List<String> args = new ArrayList<>();
		properties.forEach((key, value) -> args.add("--" + key + "=" + value));
		SpringApplicationBuilder builder = new SpringApplicationBuilder(CatchUpApplication.class)
			.web(WebApplicationType.NONE);
		if (clock != null) {
			builder.initializers(context -> context.getBeanFactory().registerSingleton("clock", clock));
		}
		return builder.run(args.toArray(String[]::new));
	}

	static void deliver(Path inbox, String month) throws Exception {
		Files.createDirectories(inbox);
		try (var files = Files.list(Path.of("sample-input/submissions", month))) {
			for (Path file : files.toList()) {
				Files.copy(file, inbox.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	static int executions(ConfigurableApplicationContext instance, String job) {
		return instance.getBean(JdbcClient.class).sql("""
				SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e
				JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ?""")
			.param(job)
			.query(Integer.class)
			.single();
	}

	/** "version:status" of each loaded submission of the month, by enterprise. */
	static List<String> submissions(ConfigurableApplicationContext instance, String period) {
		return instance.getBean(JdbcClient.class)
			.sql("SELECT enterprise_code, version, status FROM submission WHERE period = ? ORDER BY enterprise_code, version")
			.param(period)
			.query((rs, n) -> rs.getString(1) + " " + rs.getInt(2) + ":" + rs.getString(3))
			.list();
	}

}
