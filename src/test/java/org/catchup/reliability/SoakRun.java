package org.catchup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak as a Maven-launchable test, tagged {@code soak} so that neither the default suite nor
 * the MariaDB suite runs it: {@code ./catchup soak} does (README, Tests).
 */
@Tag("soak")
class SoakRun {

	@TempDir
	Path dataDir;

	@Test
	void aYearOfNightsWithKillsEndsWithEveryFigureCountedOnce() throws Exception {
		long seed = Long.getLong("catchup.soak.seed", 1959);
		int killEvery = Integer.getInteger("catchup.soak.kill-every", 3);
		assertThat(new Soak(seed, dataDir, killEvery, System.out).run()).as("failed checks").isZero();
	}

}
