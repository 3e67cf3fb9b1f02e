package org.catchup.reliability;

import java.nio.file.Path;

import org.catchup.support.MariaDbTestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Concurrent uploads on the real warehouse (InnoDB row locks). */
@Tag("mariadb")
@SpringBootTest(properties = "spring.datasource.hikari.maximum-pool-size=30")
// closes the context, and its embedded database, before JUnit deletes the data folder under it
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ActiveProfiles("mysql")
class ConcurrentSubmissionsOnMariaDbTests extends ConcurrentSubmissionsScenario {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("catchup.data-dir", () -> dataDir.toString());
		MariaDbTestDatabase.register("catchup_concurrency_test", registry);
	}

	@Override
	Path uploads() {
		return dataDir.resolve("uploads");
	}

}
