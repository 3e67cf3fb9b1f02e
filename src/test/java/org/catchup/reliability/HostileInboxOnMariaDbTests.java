package org.catchup.reliability;

import org.catchup.support.OnMariaDb;
import org.springframework.boot.test.context.SpringBootTest;

/** The hostile night on the real warehouse (the mixed hostile inbox, fact counts from MariaDB). */
@OnMariaDb("catchup_hostile_test")
@SpringBootTest
class HostileInboxOnMariaDbTests extends HostileInboxScenario {

}
