package org.catchup.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.catchup.spreadsheet.AnyWorkbookReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Workbooks saved by LibreOffice Calc (as .xlsx and .xls) through the production readers: each
 * must give exactly the problem its POI-written original gives.
 */
class LibreOfficeFixturesTest {

	private static final Path DIR = Path.of("src/test/resources/submission/libreoffice");

	static Stream<Path> files() throws IOException {
		try (Stream<Path> files = Files.list(DIR)) {
			return files.filter(f -> f.getFileName().toString().startsWith("lo-")).sorted().toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("files")
	void aLibreOfficeCopyGivesExactlyTheProblemOfItsOriginal(Path file) {
		String name = file.getFileName().toString();
		String original = name.substring("lo-".length(), name.lastIndexOf('.')) + ".xlsx";
		FixtureCatalog.Fixture fixture = FixtureCatalog.ALL.stream()
			.filter(f -> f.file().equals(original))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no catalog entry for " + original));
		List<SubmissionLine> lines = new ArrayList<>();

		SubmissionReport report = new SubmissionReader(new AnyWorkbookReader(Long.MAX_VALUE)).read(file, name,
				Submissions.REFERENCE, fixture.context().rules(), header -> fixture.context().history(), lines::add);

		if (fixture.code() == null) {
			assertThat(report.problems()).isEmpty();
			assertThat(lines).isNotEmpty();
		}
		else {
			assertThat(report.problems()).singleElement().satisfies(problem -> {
				assertThat(problem.code()).isEqualTo(fixture.code());
				assertThat(problem.cell()).isEqualTo(fixture.cell());
			});
		}
	}

}
