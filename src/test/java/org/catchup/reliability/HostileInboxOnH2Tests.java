package org.catchup.reliability;

import org.springframework.boot.test.context.SpringBootTest;

/** The hostile night on the embedded default database. */
@SpringBootTest
class HostileInboxOnH2Tests extends HostileInboxScenario {

}
