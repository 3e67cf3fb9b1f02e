package org.catchup.assistance;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class AssistanceRegisterOnH2Tests extends AssistanceRegisterScenario {

}
