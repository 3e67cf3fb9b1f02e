package org.catchup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The check is three packages that depend one way only: submission reads a workbook and uses the
 * rules of validation; feedback writes what validation found; validation needs neither. Read
 * from the source tree's imports, which is where such a cycle would creep in.
 */
class CheckPackagesTest {

	private static final Path SOURCES = Path.of("src/main/java/org/catchup");

	private static final Pattern CATCHUP_TYPE = Pattern.compile("\\borg\\.catchup\\.(\\w+)\\.[A-Z]");

	@Test
	void validationDependsOnNeitherSubmissionNorFeedback() {
		assertThat(dependencies("validation")).doesNotContain("submission", "feedback");
	}

	@Test
	void feedbackDoesNotDependOnSubmission() {
		assertThat(dependencies("feedback")).doesNotContain("submission");
	}

	@Test
	void noTwoOfTheCheckPackagesDependOnEachOther() {
		List<String> packages = List.of("submission", "validation", "feedback");
		Map<String, Set<String>> uses = new TreeMap<>();
		for (String name : packages) {
			uses.put(name, dependencies(name));
		}
		for (String a : packages) {
			for (String b : packages) {
				if (!a.equals(b) && uses.get(a).contains(b)) {
					assertThat(uses.get(b)).as("%s uses %s, which uses it back", a, b).doesNotContain(a);
				}
			}
		}
	}

	/** The other org.catchup packages that the sources of {@code name} name, by import or in full. */
	private static Set<String> dependencies(String name) {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES.resolve(name))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = CATCHUP_TYPE.matcher(Files.readString(file));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		used.remove(name);
		return used;
	}

}
