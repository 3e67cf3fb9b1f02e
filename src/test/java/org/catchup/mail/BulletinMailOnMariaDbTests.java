package org.catchup.mail;

import org.catchup.support.OnMariaDb;
import org.springframework.boot.test.context.SpringBootTest;

/** Bulletins by mail on MariaDB: the mail tables of V11 and their queries on the real warehouse. */
@OnMariaDb("catchup_bulletin_mail_test")
@SpringBootTest
class BulletinMailOnMariaDbTests extends BulletinMailScenario {

}
