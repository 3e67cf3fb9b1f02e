package org.catchup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CatchUpApplication {

	public static void main(String[] args) {
		SpringApplication.run(CatchUpApplication.class, args);
	}

}
