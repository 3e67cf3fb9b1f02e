package org.catchup.reliability;

import org.springframework.boot.test.context.SpringBootTest;

/** Concurrent uploads on the embedded database the demo (and a small installation) runs on. */
@SpringBootTest(properties = "spring.datasource.hikari.maximum-pool-size=30")
class ConcurrentSubmissionsOnH2Tests extends ConcurrentSubmissionsScenario {

}
