package org.catchup.monitoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health component {@code inbox}: UP when the inbox folder exists and a file can be created in
 * it, since uploads land there and the consolidation moves files out of it. It really writes
 * (and deletes) a hidden probe file: permission bits alone miss read-only mounts and ACLs, and
 * the consolidation skips hidden files.
 */
class InboxHealthIndicator implements HealthIndicator {

	private final Path inbox;

	InboxHealthIndicator(Path inbox) {
		this.inbox = inbox;
	}

	@Override
	public Health health() {
		Health.Builder health = Health.up().withDetail("path", inbox.toAbsolutePath().toString());
		if (!Files.exists(inbox)) {
			return health.down().withDetail("problem", "the inbox folder does not exist").build();
		}
		if (!Files.isDirectory(inbox)) {
			return health.down().withDetail("problem", "the inbox is not a folder").build();
		}
		try {
			Path probe = Files.createTempFile(inbox, ".health-", ".probe");
			Files.delete(probe);
			return health.build();
		}
		catch (IOException | UnsupportedOperationException | SecurityException ex) {
			return health.down()
				.withDetail("problem", "cannot write in the inbox folder: " + ex.getClass().getSimpleName() + " "
						+ ex.getMessage())
				.build();
		}
	}

}
