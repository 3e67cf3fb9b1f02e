package org.catchup.bulletin;

import org.catchup.support.OnMariaDb;
import org.springframework.boot.test.context.SpringBootTest;

/** One snapshot per bulletin on the real warehouse, whose connections start in READ COMMITTED. */
@OnMariaDb("catchup_bulletin_snapshot_test")
@SpringBootTest
class BulletinSnapshotOnMariaDbTests extends BulletinSnapshotScenario {

}
