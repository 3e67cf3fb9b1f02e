package org.catchup.bulletin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
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
public class BulletinFolder {

	private static final Pattern NAME = Pattern.compile("bulletin-(\\d{4}-\\d{2})(-[A-Za-z0-9_]+)?\\.(pdf|xlsx)");

	/** One month (and scope) with whichever of its two files exist. */
	public record Bulletin(String month, String scope, String pdf, String excel) {

		/** The combine-wide bulletin of its month (scope ALL). */
		public boolean isCombineWide() {
			return scope.isEmpty();
		}

	}

	private final Path folder;

	public BulletinFolder(CatchUpProperties properties) {
		this.folder = properties.bulletins();
	}

	/** Newest month first. */
	public List<Bulletin> list() {
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

	/** The bulletins of these enterprises (their own scope), newest month first. */
	public List<Bulletin> of(Collection<String> enterprises) {
		return list().stream().filter(bulletin -> enterprises.contains(bulletin.scope())).toList();
	}

	/** The scope a served name belongs to: "" for a combine-wide bulletin; empty for no bulletin name. */
	public static Optional<String> scopeOf(String name) {
		Matcher m = NAME.matcher(name);
		return m.matches() ? Optional.of(m.group(2) == null ? "" : m.group(2).substring(1)) : Optional.empty();
	}

	public Optional<Path> file(String name) {
		if (!NAME.matcher(name).matches()) {
			return Optional.empty();
		}
		Path file = folder.resolve(name);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

}
