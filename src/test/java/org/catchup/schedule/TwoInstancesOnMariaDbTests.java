package org.catchup.schedule;

import java.util.HashMap;
import java.util.Map;

import org.catchup.support.MariaDbTestDatabase;
import org.junit.jupiter.api.Tag;

/** Two instances on one MariaDB database, as two servers of a cluster would be. */
@Tag("mariadb")
class TwoInstancesOnMariaDbTests extends TwoInstancesScenario {

	@Override
	Map<String, String> database() {
		Map<String, String> properties = new HashMap<>();
		MariaDbTestDatabase.register("catchup_two_instances_test",
				(name, value) -> properties.put(name, String.valueOf(value.get())));
		// the real warehouse's driver settings
		properties.put("spring.profiles.active", "mysql");
		return properties;
	}

}
