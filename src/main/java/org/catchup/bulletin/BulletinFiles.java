package org.catchup.bulletin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a bulletin file under a temporary name and renames it into place, so a reader never
 * opens half a PDF and a month rendered again simply replaces its files.
 */
final class BulletinFiles {

	interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	private BulletinFiles() {
	}

	static Path write(Path target, Content content) {
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
			try {
				try (OutputStream out = Files.newOutputStream(temporary)) {
					content.writeTo(out);
				}
				try {
					Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				}
				catch (AtomicMoveNotSupportedException ex) {
					Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			finally {
				Files.deleteIfExists(temporary);
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + target, ex);
		}
	}

}
