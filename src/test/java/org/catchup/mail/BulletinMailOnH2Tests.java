package org.catchup.mail;

import org.springframework.boot.test.context.SpringBootTest;

/** Bulletins by mail on the embedded default database. */
@SpringBootTest
class BulletinMailOnH2Tests extends BulletinMailScenario {

}
