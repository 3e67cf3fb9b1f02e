package org.catchup.launcher;

import org.springframework.boot.test.context.SpringBootTest;

/** The story on the embedded default: an H2 file in MySQL mode under a fresh data folder. */
@SpringBootTest
class DemoStoryOnH2Tests extends DemoStoryScenario {

}
