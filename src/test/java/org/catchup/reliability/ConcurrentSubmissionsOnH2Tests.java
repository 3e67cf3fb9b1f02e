package org.catchup.reliability;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Concurrent uploads on the embedded database the demo (and a small installation) runs on. */
@SpringBootTest(properties = "spring.datasource.hikari.maximum-pool-size=30")
// closes the context, and its embedded database, before JUnit deletes the data folder under it
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConcurrentSubmissionsOnH2Tests extends ConcurrentSubmissionsScenario {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void dataFolder(DynamicPropertyRegistry registry) {
		registry.add("catchup.data-dir", () -> dataDir.toString());
	}

	@Override
	Path uploads() {
		return dataDir.resolve("uploads");
	}

}
