package org.catchup.reliability;

import org.catchup.support.OnMariaDb;
import org.springframework.boot.test.context.SpringBootTest;

/** The partitioned night's restart on the real warehouse with its driver settings (LOAD DATA). */
@OnMariaDb("catchup_partition_restart_test")
@SpringBootTest(properties = { "catchup.consolidation-partitions=2", "catchup.consolidation-files-per-transaction=1" })
class PartitionRestartOnMariaDbTests extends PartitionRestartScenario {

}
