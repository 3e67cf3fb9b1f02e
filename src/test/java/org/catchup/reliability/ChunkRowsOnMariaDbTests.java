package org.catchup.reliability;

import org.catchup.support.OnMariaDb;
import org.springframework.boot.test.context.SpringBootTest;

/** A transaction's rows written together, on the real warehouse with its driver settings (batches rewritten). */
@OnMariaDb("catchup_chunk_rows_test")
@SpringBootTest(properties = "catchup.consolidation-partitions=1")
class ChunkRowsOnMariaDbTests extends ChunkRowsScenario {

}
