package org.catchup.assistance;

import org.catchup.support.OnMariaDb;
import org.springframework.boot.test.context.SpringBootTest;

/** The register job on the real warehouse. */
@OnMariaDb("catchup_assistance_register_test")
@SpringBootTest
class AssistanceRegisterOnMariaDbTests extends AssistanceRegisterScenario {

}
