package org.catchup.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.catchup.validation.TeamHistory;
import org.junit.jupiter.api.Test;

/**
 * The enterprise a file names, read as the check reads it but no further than its first data
 * row: the night splits its inbox by it, so wherever the check finds a header, it must agree.
 */
class EnterpriseOfFileTest {

	private static final Path FIXTURES = Path.of("src/test/resources/submission/fixtures");

	private final SubmissionCheck check = new SubmissionCheck(50L * 1024 * 1024);

	@Test
	void theTitleBlocksEnterpriseInEveryFormat() {
		assertThat(check.enterpriseOf(Path.of("sample-input/submissions/1959-01/OBS-1959-01.xlsx"))).contains("OBS");
		assertThat(check.enterpriseOf(Path.of("src/test/resources/submission/ods-sample/KLH-1959-09.ods")))
			.contains("KLH");
		assertThat(check.enterpriseOf(FIXTURES.resolve("valid.xls"))).contains("E01");
	}

	@Test
	void aCsvFileNamesItsEnterpriseInItsFirstDataRow() {
		assertThat(check.enterpriseOf(FIXTURES.resolve("valid.csv"))).contains("E01");
	}

	@Test
	void nothingWhenTheFileNamesNoEnterpriseOrCannotBeRead() {
		assertThat(check.enterpriseOf(FIXTURES.resolve("missing-enterprise.xlsx"))).isEmpty();
		assertThat(check.enterpriseOf(FIXTURES.resolve("corrupt.xlsx"))).isEmpty();
		assertThat(check.enterpriseOf(FIXTURES.resolve("unsupported.odt"))).isEmpty();
	}

	@Test
	void whereverTheCheckFindsAHeaderItNamesTheSameEnterprise() throws Exception {
		List<Path> fixtures;
		try (Stream<Path> files = Files.list(FIXTURES)) {
			fixtures = files.filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList();
		}
		int compared = 0;
		for (Path fixture : fixtures) {
			SubmissionHeader header = check.check(fixture, context(fixture)).header();
			if (header != null) {
				assertThat(check.enterpriseOf(fixture)).as(fixture.getFileName().toString())
					.contains(header.enterpriseCode());
				compared++;
			}
		}
		assertThat(compared).as("fixtures with a header").isGreaterThan(20);
	}

	private static CheckContext context(Path file) {
		return CheckContext.night(file.getFileName().toString(), LocalDateTime.of(1959, 12, 3, 9, 0),
				Submissions.REFERENCE, header -> TeamHistory.NONE);
	}

}
