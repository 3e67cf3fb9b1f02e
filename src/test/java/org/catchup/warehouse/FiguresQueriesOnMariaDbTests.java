package org.catchup.warehouse;

import org.catchup.support.OnMariaDb;
import org.springframework.boot.test.context.SpringBootTest;

@OnMariaDb("catchup_figures_queries_test")
@SpringBootTest
class FiguresQueriesOnMariaDbTests extends FiguresQueriesScenario {

}
