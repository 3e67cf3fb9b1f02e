package org.catchup.reliability;

import org.catchup.support.OnMariaDb;
import org.springframework.boot.test.context.SpringBootTest;

/** Concurrent uploads on the real warehouse (InnoDB row locks). */
@OnMariaDb("catchup_concurrency_test")
@SpringBootTest(properties = "spring.datasource.hikari.maximum-pool-size=30")
class ConcurrentSubmissionsOnMariaDbTests extends ConcurrentSubmissionsScenario {

}
