package org.catchup.launcher;

import java.nio.file.Path;

import org.catchup.support.MariaDbTestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The story on the real warehouse: MariaDB through MySQL Connector/J. */
@Tag("mariadb")
@SpringBootTest
// closes the context, and its embedded database, before JUnit deletes the data folder under it
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ActiveProfiles("mysql")
class DemoStoryOnMariaDbTests extends DemoStoryScenario {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("catchup.data-dir", () -> dataDir.toString());
		MariaDbTestDatabase.register("catchup_story_test", registry);
	}

}
