package org.catchup.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The embedded default: batched INSERTs on the loader thread. */
@SpringBootTest
// closes the context, and its embedded database, before JUnit deletes the data folder under it
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FactLoaderOnH2Tests extends FactLoaderScenario {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void dataFolder(DynamicPropertyRegistry registry) {
		registry.add("catchup.data-dir", () -> dataDir.toString());
	}

	@Test
	void usesBatchedInserts() {
		assertThat(loader).isInstanceOf(JdbcBatchFactLoader.class);
	}

	@Override
	boolean storesTeams() {
		return false;
	}

}
