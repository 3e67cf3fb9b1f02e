package org.catchup.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

/**
 * Every language says everything: each bundle (the pages' and Java's {@code messages*.properties},
 * the bulletin templates' {@code bulletin*.properties}) has exactly the keys of its English file,
 * every text is a valid pattern, and every key the templates name exists.
 */
class BundlesTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages.properties");

	private static final Path TEMPLATE_WORDS = Path.of("report-templates/bulletin.properties");

	private static final Path PAGES = Path.of("src/main/resources/templates");

	private static final Path TEMPLATES = Path.of("report-templates");

	static Stream<Path> bundles() {
		return Stream.of(MESSAGES, TEMPLATE_WORDS);
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void everyLanguageHasExactlyTheKeysOfTheEnglishBundle(Path english) throws IOException {
		Set<String> keys = keys(english);
		List<Path> translations = translations(english);
		assertThat(translations).as("a translation of " + english + " for every language")
			.hasSize(Language.values().length - 1);
		for (Path translation : translations) {
			Set<String> theirs = keys(translation);
			assertThat(difference(keys, theirs)).as("keys of " + english + " missing in " + translation).isEmpty();
			assertThat(difference(theirs, keys)).as("keys of " + translation + " missing in " + english).isEmpty();
		}
	}

	@Test
	void aKeyMissingFromOneLanguageIsFound(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("words.properties"), "a=A\nb=B\n", StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("words_de.properties"), "a=A\n", StandardCharsets.UTF_8);
		assertThat(difference(keys(folder.resolve("words.properties")), keys(folder.resolve("words_de.properties"))))
			.containsExactly("b");
	}

	@ParameterizedTest
	@MethodSource("allMessageFiles")
	void noKeyIsWrittenTwice(Path file) throws IOException {
		// Properties keeps the last of two equal keys without a word
		Set<String> seen = new TreeSet<>();
		Set<String> twice = new TreeSet<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			Matcher key = Pattern.compile("^([A-Za-z][^=\\s]*)\\s*=").matcher(line);
			if (key.find() && !seen.add(key.group(1))) {
				twice.add(key.group(1));
			}
		}
		assertThat(twice).as(file.toString()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("allMessageFiles")
	void everyMessageIsAPatternWithItsApostrophesDoubled(Path file) throws IOException {
		Properties messages = load(file);
		for (String key : messages.stringPropertyNames()) {
			String text = messages.getProperty(key);
			assertThat(text.replace("''", "")).as(file + ": " + key + " has a lone apostrophe, which MessageFormat drops")
				.doesNotContain("'");
			new MessageFormat(text);
		}
	}

	static Stream<Path> allMessageFiles() throws IOException {
		List<Path> files = new ArrayList<>(List.of(MESSAGES, TEMPLATE_WORDS));
		files.addAll(translations(MESSAGES));
		files.addAll(translations(TEMPLATE_WORDS));
		return files.stream();
	}

	@Test
	void everyKeyThePagesNameIsInTheBundle() throws IOException {
		Set<String> keys = keys(MESSAGES);
		// #{key}, #{key(args)}, #messages.msg('key'): the literal ones; built keys are checked by their pages' tests
		Pattern named = Pattern.compile("#\\{([A-Za-z][\\w.-]*)[(}]|#messages\\.msg\\('([\\w.-]+)'\\)");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> pages = Files.walk(PAGES)) {
			for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher m = named.matcher(Files.readString(page));
				while (m.find()) {
					String key = m.group(1) != null ? m.group(1) : m.group(2);
					if (!keys.contains(key)) {
						missing.add(page.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyTheBulletinTemplatesNameIsInTheirBundle() throws IOException {
		Set<String> keys = keys(TEMPLATE_WORDS);
		Pattern named = Pattern.compile("\\$R\\{([\\w.]+)}");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.list(TEMPLATES)) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".jrxml")).toList()) {
				String text = Files.readString(template);
				assertThat(text).as(template + " names its bundle").contains("resourceBundle=\"bulletin\"");
				Matcher m = named.matcher(text);
				while (m.find()) {
					if (!keys.contains(m.group(1))) {
						missing.add(template.getFileName() + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void theEnglishErrorTitlesAreTheHttpReasons() throws IOException {
		Properties english = load(MESSAGES);
		english.stringPropertyNames()
			.stream()
			.filter(key -> key.startsWith("error.title."))
			.forEach(key -> assertThat(english.getProperty(key)).as(key)
				.isEqualTo(HttpStatus.valueOf(Integer.parseInt(key.substring("error.title.".length()))).getReasonPhrase()));
	}

	private static List<Path> translations(Path english) throws IOException {
		String base = english.getFileName().toString().replace(".properties", "");
		try (Stream<Path> files = Files.list(english.getParent())) {
			return files.filter(file -> file.getFileName().toString().matches(Pattern.quote(base) + "_[a-z]{2}\\.properties"))
				.sorted()
				.toList();
		}
	}

	private static Set<String> difference(Set<String> these, Set<String> those) {
		Set<String> missing = new TreeSet<>(these);
		missing.removeAll(those);
		return missing;
	}

	private static Set<String> keys(Path file) throws IOException {
		return new TreeSet<>(load(file).stringPropertyNames());
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
