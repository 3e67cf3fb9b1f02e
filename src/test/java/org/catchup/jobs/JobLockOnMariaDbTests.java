package org.catchup.jobs;

import java.util.HashMap;
import java.util.Map;

import org.catchup.support.MariaDbTestDatabase;
import org.junit.jupiter.api.Tag;

/** The job lock on the real warehouse: MariaDB, two pools onto one database. */
@Tag("mariadb")
class JobLockOnMariaDbTests extends JobLockScenario {

	@Override
	String freshDatabase() {
		Map<String, Object> properties = new HashMap<>();
		MariaDbTestDatabase.register("catchup_lock_test", (name, value) -> properties.put(name, value.get()));
		return (String) properties.get("spring.datasource.url");
	}

	@Override
	String vendor() {
		return "mysql";
	}

}
