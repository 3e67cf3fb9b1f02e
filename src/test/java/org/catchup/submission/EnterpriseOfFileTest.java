package org.catchup.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.catchup.spreadsheet.AnyWorkbookReader;
import org.catchup.validation.SubmissionRules;
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

	/**
	 * The split's read glances at an .xlsx without POI's package model; wherever that would have
	 * to guess, it reads the file as the check does. Either way it names what the check's own
	 * reader names, for every sample and test file, the broken ones too.
	 */
	@Test
	void theGlanceNamesWhatTheFullReaderNamesOnEveryFile() throws Exception {
		SubmissionReader glancing = new SubmissionReader(new AnyWorkbookReader(50L * 1024 * 1024));
		AnyWorkbookReader any = new AnyWorkbookReader(50L * 1024 * 1024);
		SubmissionReader fullOnly = new SubmissionReader(any::read);
		SubmissionRules rules = new SubmissionRules(YearMonth.of(1959, 12), 50L * 1024 * 1024, null);
		List<Path> files;
		try (Stream<Path> all = Stream.concat(Files.walk(Path.of("sample-input")),
				Files.walk(Path.of("src/test/resources")))) {
			files = all.filter(Files::isRegularFile)
				.filter(f -> f.getFileName().toString().matches("(?i).*\\.(xlsx|xlsm|xls|ods|csv|odt)"))
				.sorted()
				.toList();
		}
		int named = 0;
		for (Path file : files) {
			String name = file.getFileName().toString();
			String expected = fullOnly.enterpriseCode(file, name, rules);
			assertThat(glancing.enterpriseCode(file, name, rules)).as(file.toString()).isEqualTo(expected);
			named += expected == null ? 0 : 1;
		}
		assertThat(named).as("files naming an enterprise").isGreaterThan(60);
		assertThat(files.size() - named).as("files naming none, or broken").isGreaterThan(10);
	}

	private static CheckContext context(Path file) {
		return CheckContext.night(file.getFileName().toString(), LocalDateTime.of(1959, 12, 3, 9, 0),
				Submissions.REFERENCE, header -> TeamHistory.NONE);
	}

}
