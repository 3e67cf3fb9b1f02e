package org.catchup.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.catchup.support.MariaDbTestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** LOAD DATA LOCAL INFILE fed from a stream, with the driver settings of the mysql profile. */
@Tag("mariadb")
@SpringBootTest
// closes the context, and its embedded database, before JUnit deletes the data folder under it
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ActiveProfiles("mysql")
class FactLoaderOnMariaDbTests extends FactLoaderScenario {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("catchup.data-dir", () -> dataDir.toString());
		MariaDbTestDatabase.register("catchup_fact_loader_test", registry);
	}

	@Test
	void usesLoadDataFromAStream() {
		assertThat(loader).isInstanceOf(LoadDataFactLoader.class);
	}

	@Override
	boolean storesTeams() {
		return true;
	}

}
