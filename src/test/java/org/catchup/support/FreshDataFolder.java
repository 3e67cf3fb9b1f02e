package org.catchup.support;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * For Spring tests that run jobs: each test class gets its own data folder (and so its own
 * embedded database, inbox and archive), and its application context is closed after the
 * class, so no other class ever sees its warehouse.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class FreshDataFolder {

	@TempDir
	protected static Path dataDir;

	@DynamicPropertySource
	static void dataFolder(DynamicPropertyRegistry registry) {
		registry.add("catchup.data-dir", () -> dataDir.toString());
	}

}
