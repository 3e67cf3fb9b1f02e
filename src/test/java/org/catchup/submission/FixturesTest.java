package org.catchup.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.catchup.spreadsheet.AnyWorkbookReader;
import org.catchup.spreadsheet.WorkbookReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every committed fixture through the rules and expects exactly the problem its catalog
 * entry names, once through a whole-workbook test reader (the rules alone) and once through
 * the production streaming readers (rules and readers together).
 */
class FixturesTest {

	static Stream<FixtureCatalog.Fixture> fixtures() {
		return FixtureCatalog.ALL.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void fixtureProducesExactlyItsProblem(FixtureCatalog.Fixture fixture) {
		assertReadsAsCatalogued(fixture, new UsermodelTestReader());
	}

	/** The same corpus through the production readers: streaming .xlsx, .xls and .csv. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void fixtureProducesExactlyItsProblemThroughTheStreamingReaders(FixtureCatalog.Fixture fixture) {
		assertReadsAsCatalogued(fixture, new AnyWorkbookReader(Long.MAX_VALUE));
	}

	private static void assertReadsAsCatalogued(FixtureCatalog.Fixture fixture, WorkbookReader workbookReader) {
		Path file = FixtureGenerator.DIR.resolve(fixture.file());
		List<SubmissionLine> lines = new ArrayList<>();

		SubmissionReport report = new SubmissionReader(workbookReader).read(file, fixture.file(),
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

	@Test
	void everyCatalogEntryHasItsFileAndReadmeLine() throws Exception {
		String readme = Files.readString(FixtureGenerator.DIR.resolve("README.md"));
		for (FixtureCatalog.Fixture fixture : FixtureCatalog.ALL) {
			assertThat(FixtureGenerator.DIR.resolve(fixture.file())).exists();
			assertThat(readme).contains("`" + fixture.file() + "`");
		}
		assertThat(readme).isEqualTo(FixtureGenerator.readme());
	}

}
