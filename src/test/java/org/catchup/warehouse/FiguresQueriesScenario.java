package org.catchup.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.catchup.figures.DataWarning;
import org.catchup.figures.TeamIndicatorMonth;
import org.catchup.jobs.JobLaunches;
import org.catchup.support.FreshDataFolder;
import org.catchup.system.CatchUpProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bulletin reads the warehouse a few enterprises at a time; what it reads for a group is what
 * the month-wide reads give for those enterprises: the same rows with the same values, the same
 * warnings in the same order. Run on H2 and on MariaDB with the sample year loaded.
 */
abstract class FiguresQueriesScenario extends FreshDataFolder {

	private static final YearMonth FROM = YearMonth.of(1958, 1);

	private static final YearMonth SEPTEMBER = YearMonth.of(1959, 9);

	@Autowired
	FiguresQueries queries;

	@Autowired
	JobLaunches launches;

	@Autowired
	CatchUpProperties properties;

	/** Once per class: its warehouse lives as long as its application context. */
	@BeforeEach
	void sampleYear() throws Exception {
		if (!queries.enterprisesWithRows(FROM, SEPTEMBER).isEmpty()) {
			return;
		}
		assertThat(launches.start("reference-data", Map.of("file", "sample-input/reference-data.xlsx")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		Files.createDirectories(properties.inbox());
		try (Stream<Path> months = Files.list(Path.of("sample-input/submissions"))) {
			for (Path month : months.sorted().toList()) {
				copy(month);
			}
		}
		assertThat(launches.start("consolidation", Map.of()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void aGroupsRowsAreTheMonthWideRowsOfItsEnterprises() {
		List<String> codes = queries.enterprisesWithRows(FROM, SEPTEMBER);
		assertThat(codes).hasSizeGreaterThan(4);
		List<String> group = codes.subList(1, 4);

		List<TeamIndicatorMonth> read = queries.teamIndicatorMonths(FROM, SEPTEMBER, group);

		List<TeamIndicatorMonth> expected = queries.teamIndicatorMonths(FROM, SEPTEMBER)
			.stream()
			.filter(row -> group.contains(row.enterpriseCode()))
			.toList();
		assertThat(expected).hasSizeGreaterThan(100);
		// equal records: the products of quantity and price have the server's scale too
		assertThat(sorted(read)).containsExactlyElementsOf(sorted(expected));
		assertThat(queries.teamIndicatorMonths(FROM, SEPTEMBER, List.of())).isEmpty();
	}

	@Test
	void everyEnterpriseWithRowsIsNamedOnce() {
		List<String> codes = queries.enterprisesWithRows(FROM, SEPTEMBER);
		Set<String> withRows = Set.copyOf(queries.teamIndicatorMonths(FROM, SEPTEMBER)
			.stream()
			.map(TeamIndicatorMonth::enterpriseCode)
			.toList());
		assertThat(codes).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(withRows);
	}

	@Test
	void aGroupsWarningsAreTheMonthsWarningsOfItsEnterprisesInTheirOrder() {
		List<DataWarning> all = queries.warnings(SEPTEMBER);
		assertThat(all).isNotEmpty();
		List<String> group = all.stream().map(DataWarning::enterpriseCode).distinct().limit(2).toList();

		assertThat(queries.warnings(SEPTEMBER, group))
			.containsExactlyElementsOf(all.stream().filter(warning -> group.contains(warning.enterpriseCode())).toList());
	}

	private static List<TeamIndicatorMonth> sorted(List<TeamIndicatorMonth> rows) {
		return rows.stream()
			.sorted(Comparator.comparing(TeamIndicatorMonth::enterpriseCode)
				.thenComparing(TeamIndicatorMonth::period)
				.thenComparing(TeamIndicatorMonth::teamCode)
				.thenComparing(TeamIndicatorMonth::indicator))
			.toList();
	}

	private void copy(Path month) throws IOException {
		try (Stream<Path> files = Files.list(month)) {
			for (Path file : files.toList()) {
				Files.copy(file, properties.inbox().resolve(file.getFileName()));
			}
		}
	}

}
