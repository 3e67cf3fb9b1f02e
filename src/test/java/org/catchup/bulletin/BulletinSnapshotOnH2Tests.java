package org.catchup.bulletin;

import org.springframework.boot.test.context.SpringBootTest;

/** One snapshot per bulletin on the embedded default database. */
@SpringBootTest
class BulletinSnapshotOnH2Tests extends BulletinSnapshotScenario {

}
