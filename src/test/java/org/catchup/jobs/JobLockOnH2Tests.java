package org.catchup.jobs;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The job lock on the embedded default: one H2 file (MySQL mode), two pools onto it. */
class JobLockOnH2Tests extends JobLockScenario {

	@TempDir
	Path folder;

	@Override
	String freshDatabase() {
		return "jdbc:h2:file:" + folder.resolve("lock").toAbsolutePath()
				+ ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
	}

	@Override
	String vendor() {
		return "h2";
	}

}
