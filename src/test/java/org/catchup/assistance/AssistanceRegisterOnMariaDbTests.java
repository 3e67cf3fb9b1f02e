package org.catchup.assistance;

import org.catchup.support.MariaDbTestDatabase;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The register job on the real warehouse. */
@Tag("mariadb")
@SpringBootTest
@ActiveProfiles("mysql")
class AssistanceRegisterOnMariaDbTests extends AssistanceRegisterScenario {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MariaDbTestDatabase.register("catchup_assistance_register_test", registry);
	}

}
