package org.catchup.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.catchup.spreadsheet.AnyWorkbookReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every workbook fixture of {@link FixtureCatalog} saved again by LibreOffice Calc as .ods
 * ({@code src/test/resources/submission/ods}, see its README) goes through the production reader
 * and the rules and must give exactly the problem, cell and all, of its original. The CSV fixtures
 * and the OpenDocument text are about their own formats and have no .ods twin.
 */
class OdsFixturesTest {

	static final Path DIR = Path.of("src/test/resources/submission/ods");

	static Stream<FixtureCatalog.Fixture> workbookFixtures() {
		return FixtureCatalog.ALL.stream().filter(f -> f.file().endsWith(".xlsx") || f.file().endsWith(".xls"));
	}

	static String odsTwin(FixtureCatalog.Fixture fixture) {
		return fixture.file().substring(0, fixture.file().lastIndexOf('.')) + ".ods";
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("workbookFixtures")
	void theOdsTwinGivesExactlyTheProblemOfItsOriginal(FixtureCatalog.Fixture fixture) {
		String name = odsTwin(fixture);
		Path file = DIR.resolve(name);
		assertThat(file).as("saved by LibreOffice").exists();
		List<SubmissionLine> lines = new ArrayList<>();

		SubmissionReport report = new SubmissionReader(new AnyWorkbookReader(Long.MAX_VALUE)).read(file, name,
				Submissions.REFERENCE, fixture.context().rules(), header -> fixture.context().history(), lines::add);

		if (fixture.code() == null) {
			assertThat(report.problems()).isEmpty();
			assertThat(lines).isNotEmpty();
			assertThat(report.lineCount()).isEqualTo(lines.size());
		}
		else {
			assertThat(report.problems()).singleElement().satisfies(problem -> {
				assertThat(problem.code()).isEqualTo(fixture.code());
				assertThat(problem.cell()).isEqualTo(fixture.cell());
				assertThat(problem.message()).isNotBlank();
			});
		}
	}

	/** The rows an .ods twin delivers are the rows of its original, value for value. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("workbookFixtures")
	void theOdsTwinDeliversTheLinesOfItsOriginal(FixtureCatalog.Fixture fixture) {
		if (fixture.code() != null) {
			return;
		}
		Path original = FixtureGenerator.DIR.resolve(fixture.file());
		Path twin = DIR.resolve(odsTwin(fixture));

		assertThat(lines(twin, odsTwin(fixture), fixture)).isEqualTo(lines(original, fixture.file(), fixture));
	}

	private static List<SubmissionLine> lines(Path file, String name, FixtureCatalog.Fixture fixture) {
		List<SubmissionLine> lines = new ArrayList<>();
		new SubmissionReader(new AnyWorkbookReader(Long.MAX_VALUE)).read(file, name, Submissions.REFERENCE,
				fixture.context().rules(), header -> fixture.context().history(), lines::add);
		return lines;
	}

}
