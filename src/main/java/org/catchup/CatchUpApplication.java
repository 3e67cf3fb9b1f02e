package org.catchup;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
public class CatchUpApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(CatchUpApplication.class);
		boolean serve = "serve".equals(command(args));
		if (!serve) {
			// demo, run and restart need no web server (and must not take its port).
			application.setWebApplicationType(WebApplicationType.NONE);
		}
		ConfigurableApplicationContext context = application.run(args);
		if (!serve && args.length > 0) {
			// A launcher command ran to its end: leave with its exit code.
			System.exit(SpringApplication.exit(context));
		}
	}

	private static String command(String[] args) {
		List<String> commands = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
		return commands.isEmpty() ? null : commands.get(0);
	}

}
