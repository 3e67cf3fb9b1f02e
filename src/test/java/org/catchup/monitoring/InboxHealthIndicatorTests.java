package org.catchup.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The inbox health component: UP only when files can be put into the inbox. */
class InboxHealthIndicatorTests {

	@TempDir
	Path folder;

	@Test
	void aWritableInboxIsUpAndKeepsNoProbeFile() throws Exception {
		Path inbox = Files.createDirectory(folder.resolve("inbox"));

		Health health = new InboxHealthIndicator(inbox).health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("path", inbox.toAbsolutePath().toString());
		try (var left = Files.list(inbox)) {
			assertThat(left).isEmpty();
		}
	}

	@Test
	void aMissingInboxIsDown() {
		Health health = new InboxHealthIndicator(folder.resolve("inbox")).health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("problem", "the inbox folder does not exist");
	}

	@Test
	void anInboxThatIsAFileIsDown() throws Exception {
		Path file = Files.createFile(folder.resolve("inbox"));

		assertThat(new InboxHealthIndicator(file).health().getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void anUnwritableInboxIsDown() throws Exception {
		// /proc refuses new files even to root, who ignores permission bits
		Path unwritable = Path.of("/proc/self");
		assumeThat(Files.isDirectory(unwritable)).isTrue();

		Health health = new InboxHealthIndicator(unwritable).health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("problem")).asString().startsWith("cannot write in the inbox folder");
	}

	@Test
	void aReadOnlyInboxIsDownForAnOrdinaryUser() throws Exception {
		assumeThat(System.getProperty("user.name")).isNotEqualTo("root");
		Path inbox = Files.createDirectory(folder.resolve("inbox"));
		Files.setPosixFilePermissions(inbox, PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			assertThat(new InboxHealthIndicator(inbox).health().getStatus()).isEqualTo(Status.DOWN);
		}
		finally {
			Files.setPosixFilePermissions(inbox, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}

}
