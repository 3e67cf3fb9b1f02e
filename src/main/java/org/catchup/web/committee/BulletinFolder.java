package org.catchup.web.committee;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.catchup.system.CatchUpProperties;
import org.springframework.stereotype.Component;

/**
 * The rendered bulletins: {@code bulletin-YYYY-MM[-SCOPE].pdf|.xlsx} in the bulletins folder.
 * Only names of that form are ever served, so a request cannot reach any other file.
 */
@Component
class BulletinFolder {

	private static final Pattern NAME = Pattern.compile("bulletin-(\\d{4}-\\d{2})(-[A-Za-z0-9_]+)?\\.(pdf|xlsx)");

	/** One month (and scope) with whichever of its two files exist. */
	record Bulletin(String month, String scope, String pdf, String excel) {
	}

	private final Path folder;

	BulletinFolder(CatchUpProperties properties) {
		this.folder = properties.bulletins();
	}

	/** Newest month first. */
	List<Bulletin> list() {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		Map<String, String[]> byStem = new TreeMap<>(Comparator.reverseOrder());
		try (Stream<Path> files = Files.list(folder)) {
			files.map(file -> file.getFileName().toString()).forEach(name -> {
				Matcher m = NAME.matcher(name);
				if (m.matches()) {
					String[] entry = byStem.computeIfAbsent(m.group(1) + (m.group(2) == null ? "" : m.group(2)),
							k -> new String[] { m.group(1), m.group(2) == null ? "" : m.group(2).substring(1), null, null });
					entry[m.group(3).equals("pdf") ? 2 : 3] = name;
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + folder, ex);
		}
		List<Bulletin> bulletins = new ArrayList<>();
		byStem.values().forEach(e -> bulletins.add(new Bulletin(e[0], e[1], e[2], e[3])));
		return bulletins;
	}

	Optional<Path> file(String name) {
		if (!NAME.matcher(name).matches()) {
			return Optional.empty();
		}
		Path file = folder.resolve(name);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

}
