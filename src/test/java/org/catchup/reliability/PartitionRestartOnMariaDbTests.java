package org.catchup.reliability;

import java.nio.file.Path;

import org.catchup.support.MariaDbTestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The partitioned night's restart on the real warehouse with its driver settings (LOAD DATA). */
@Tag("mariadb")
@SpringBootTest(properties = { "catchup.consolidation-partitions=2", "catchup.consolidation-files-per-transaction=1" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ActiveProfiles("mysql")
class PartitionRestartOnMariaDbTests extends PartitionRestartScenario {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("catchup.data-dir", () -> dataDir.toString());
		MariaDbTestDatabase.register("catchup_partition_restart_test", registry);
	}

}
