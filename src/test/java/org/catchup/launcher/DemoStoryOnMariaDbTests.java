package org.catchup.launcher;

import org.catchup.support.OnMariaDb;
import org.springframework.boot.test.context.SpringBootTest;

/** The story on the real warehouse: MariaDB through MySQL Connector/J. */
@OnMariaDb("catchup_story_test")
@SpringBootTest
class DemoStoryOnMariaDbTests extends DemoStoryScenario {

}
