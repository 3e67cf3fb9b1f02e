package org.catchup.bulletin;

import org.catchup.support.MariaDbTestDatabase;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One snapshot per bulletin on the real warehouse, whose connections start in READ COMMITTED. */
@Tag("mariadb")
@SpringBootTest
@ActiveProfiles("mysql")
class BulletinSnapshotOnMariaDbTests extends BulletinSnapshotScenario {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MariaDbTestDatabase.register("catchup_bulletin_snapshot_test", registry);
	}

}
