package org.catchup.warehouse;

import org.catchup.support.MariaDbTestDatabase;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@Tag("mariadb")
@SpringBootTest
@ActiveProfiles("mysql")
class FiguresQueriesOnMariaDbTests extends FiguresQueriesScenario {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MariaDbTestDatabase.register("catchup_figures_queries_test", registry);
	}

}
