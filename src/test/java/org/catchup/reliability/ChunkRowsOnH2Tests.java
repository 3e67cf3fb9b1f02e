package org.catchup.reliability;

import org.springframework.boot.test.context.SpringBootTest;

/** A transaction's rows written together, on the embedded default database. */
@SpringBootTest(properties = "catchup.consolidation-partitions=1")
class ChunkRowsOnH2Tests extends ChunkRowsScenario {

}
