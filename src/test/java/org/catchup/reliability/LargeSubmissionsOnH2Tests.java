package org.catchup.reliability;

import org.springframework.boot.test.context.SpringBootTest;

/** Large and small files, all or nothing, on the embedded default database (batched INSERT). */
@SpringBootTest(properties = "catchup.consolidation-rows-per-progress-line=1000")
class LargeSubmissionsOnH2Tests extends LargeSubmissionsScenario {

}
