package org.catchup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
public class CatchUpApplication {

	public static void main(String[] args) {
		ConfigurableApplicationContext context = SpringApplication.run(CatchUpApplication.class, args);
		if (args.length > 0) {
			// A launcher command ran to its end: leave with its exit code.
			System.exit(SpringApplication.exit(context));
		}
	}

}
