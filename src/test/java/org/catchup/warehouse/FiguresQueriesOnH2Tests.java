package org.catchup.warehouse;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class FiguresQueriesOnH2Tests extends FiguresQueriesScenario {

}
