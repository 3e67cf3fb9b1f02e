package org.catchup.bulletin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.catchup.i18n.Language;
import org.catchup.system.CatchUpProperties;
import org.springframework.stereotype.Component;

/**
 * The rendered bulletins: {@code bulletin-YYYY-MM[-SCOPE][.LANGUAGE].pdf|.xlsx} in the bulletins
 * folder, the language left out for English ({@link Language#fileSuffix()}). Only names of that
 * form are ever served, so a request cannot reach any other file.
 */
@Component
public class BulletinFolder {

	private static final Pattern NAME = Pattern
		.compile("bulletin-(\\d{4}-\\d{2})(-[A-Za-z0-9_]+)?(\\.[a-z]{2})?\\.(pdf|xlsx)");

	/**
	 * One month, scope and language with whichever of its two files exist.
	 *
	 * @param language its language's code, "en" for the names without one
	 */
	public record Bulletin(String month, String scope, String language, String pdf, String excel) {

		/** The combine-wide bulletin of its month (scope ALL). */
		public boolean isCombineWide() {
			return scope.isEmpty();
		}

	}

	/** Newest month first; in a month each scope, each in its languages (English first). */
	private static final Comparator<Bulletin> ORDER = Comparator.comparing(Bulletin::month)
		.reversed()
		.thenComparing(Bulletin::scope, Comparator.reverseOrder())
		.thenComparing(bulletin -> Language.of(bulletin.language()).orElseThrow());

	private final Path folder;

	public BulletinFolder(CatchUpProperties properties) {
		this.folder = properties.bulletins();
	}

	public List<Bulletin> list() {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		Map<String, String[]> byStem = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			files.map(file -> file.getFileName().toString()).forEach(name -> {
				Matcher m = NAME.matcher(name);
				Optional<Language> language = language(m);
				if (language.isPresent()) {
					String scope = m.group(2) == null ? "" : m.group(2).substring(1);
					String[] entry = byStem.computeIfAbsent(m.group(1) + "/" + scope + "/" + language.get().code(),
							k -> new String[] { m.group(1), scope, language.get().code(), null, null });
					entry[m.group(4).equals("pdf") ? 3 : 4] = name;
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + folder, ex);
		}
		List<Bulletin> bulletins = new ArrayList<>();
		byStem.values().forEach(e -> bulletins.add(new Bulletin(e[0], e[1], e[2], e[3], e[4])));
		bulletins.sort(ORDER);
		return bulletins;
	}

	/** The bulletins of these enterprises (their own scope), newest month first. */
	public List<Bulletin> of(Collection<String> enterprises) {
		return list().stream().filter(bulletin -> enterprises.contains(bulletin.scope())).toList();
	}

	/** The scope a served name belongs to: "" for a combine-wide bulletin; empty for no bulletin name. */
	public static Optional<String> scopeOf(String name) {
		Matcher m = NAME.matcher(name);
		return language(m).map(language -> m.group(2) == null ? "" : m.group(2).substring(1));
	}

	public Optional<Path> file(String name) {
		if (language(NAME.matcher(name)).isEmpty()) {
			return Optional.empty();
		}
		Path file = folder.resolve(name);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	/** The language of a matching name: English without a suffix; empty for no bulletin name or an unknown language. */
	private static Optional<Language> language(Matcher m) {
		if (!m.matches()) {
			return Optional.empty();
		}
		return m.group(3) == null ? Optional.of(Language.DEFAULT) : Language.of(m.group(3).substring(1))
			.filter(language -> language != Language.DEFAULT);
	}

}
