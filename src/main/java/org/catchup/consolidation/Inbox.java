package org.catchup.consolidation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder the night consolidates, and the submissions in it, in order of arrival
 * ({@link ArrivedFile#ORDER}). Hidden files and unfinished uploads ({@code *.part}) are not
 * submissions yet.
 */
record Inbox(Path folder) {

	List<ArrivedFile> files() {
		if (!Files.isDirectory(folder)) {
			throw new IllegalStateException("The inbox folder " + folder.toAbsolutePath() + " does not exist");
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(Files::isRegularFile)
				.filter(p -> !p.getFileName().toString().startsWith("."))
				.filter(p -> !p.getFileName().toString().endsWith(".part"))
				.map(ArrivedFile::of)
				.sorted(ArrivedFile.ORDER)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the inbox " + folder, ex);
		}
	}

	/** The file of that name, while it is still in the inbox. */
	boolean holds(String fileName) {
		return Files.isRegularFile(folder.resolve(fileName));
	}

	Path resolve(String fileName) {
		return folder.resolve(fileName);
	}

}
