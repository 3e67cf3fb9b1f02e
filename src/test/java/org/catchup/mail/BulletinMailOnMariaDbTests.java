package org.catchup.mail;

import org.catchup.support.MariaDbTestDatabase;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Bulletins by mail on MariaDB: the mail tables of V11 and their queries on the real warehouse. */
@Tag("mariadb")
@SpringBootTest
@ActiveProfiles("mysql")
class BulletinMailOnMariaDbTests extends BulletinMailScenario {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MariaDbTestDatabase.register("catchup_bulletin_mail_test", registry);
	}

}
