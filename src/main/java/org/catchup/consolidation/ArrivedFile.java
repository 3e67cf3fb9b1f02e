package org.catchup.consolidation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;

/**
 * A file of the inbox and when it arrived: its modification time, which an upload sets when it
 * is submitted and a copy keeps as its sender left it. Files are consolidated in order of
 * arrival, then of name, so of two versions of one month the later received is the current one,
 * and of two identical copies the first received is the one stored.
 */
record ArrivedFile(Path file, Instant received) {

	static final Comparator<ArrivedFile> ORDER = Comparator.comparing(ArrivedFile::received)
		.thenComparing(a -> a.file().getFileName().toString());

	static ArrivedFile of(Path file) {
		return new ArrivedFile(file, receivedAt(file));
	}

	/** The received time as the warehouse stores it, in the server's zone. */
	static LocalDateTime receivedTime(Path file) {
		return LocalDateTime.ofInstant(receivedAt(file), ZoneId.systemDefault());
	}

	private static Instant receivedAt(Path file) {
		try {
			return Files.getLastModifiedTime(file).toInstant();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the time " + file + " arrived", ex);
		}
	}

}
