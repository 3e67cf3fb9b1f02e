package org.catchup.reliability;

import org.springframework.boot.test.context.SpringBootTest;

/** The partitioned night's restart on the embedded default database. */
@SpringBootTest(properties = { "catchup.consolidation-partitions=2", "catchup.consolidation-files-per-transaction=1" })
class PartitionRestartOnH2Tests extends PartitionRestartScenario {

}
