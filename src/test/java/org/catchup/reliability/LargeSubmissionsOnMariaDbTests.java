package org.catchup.reliability;

import org.catchup.support.OnMariaDb;
import org.springframework.boot.test.context.SpringBootTest;

/** Large and small files, all or nothing, on the real warehouse with its driver settings (LOAD DATA). */
@OnMariaDb("catchup_large_test")
@SpringBootTest(properties = "catchup.consolidation-rows-per-progress-line=1000")
class LargeSubmissionsOnMariaDbTests extends LargeSubmissionsScenario {

}
