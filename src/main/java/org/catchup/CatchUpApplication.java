package org.catchup;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.catchup.consolidation.remote.WorkerConfiguration;
import org.catchup.launcher.StartFailure;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

@SpringBootApplication
public class CatchUpApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(CatchUpApplication.class);
		boolean serve = "serve".equals(command(args));
		boolean worker = "worker".equals(command(args));
		if (!serve) {
			// demo, run, restart and worker need no web server (and must not take its port).
			application.setWebApplicationType(WebApplicationType.NONE);
		}
		if (worker) {
			// the queue's listener, which keeps the application running until it is stopped
			application.setAdditionalProfiles(WorkerConfiguration.PROFILE);
		}
		// kept to name the database and the log file if the start fails
		AtomicReference<Environment> environment = new AtomicReference<>();
		application.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event -> environment
			.set(event.getEnvironment()));
		ConfigurableApplicationContext context;
		try {
			context = application.run(args);
		}
		catch (RuntimeException ex) {
			// The stack trace is in the log file already; the console gets the sentence.
			System.exit(StartFailure.report(ex, environment.get(), System.out));
			return;
		}
		if (!serve && !worker && args.length > 0) {
			// A launcher command ran to its end: leave with its exit code.
			System.exit(SpringApplication.exit(context));
		}
	}

	private static String command(String[] args) {
		List<String> commands = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
		return commands.isEmpty() ? null : commands.get(0);
	}

}
