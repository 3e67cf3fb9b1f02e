package org.catchup.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.catchup.jobs.JobLaunches;
import org.catchup.support.FreshDataFolder;
import org.catchup.support.JobTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ReferenceDataJobTests extends FreshDataFolder {

	@Autowired
	JobLaunches launches;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path files;

	@Test
	void aValidWorkbookIsLoadedAndALaterOneReplacesWhatItNamesButDropsNothing() throws Exception {
		JobExecution first = launches.start("reference-data",
				Map.of("file", reference("first.xlsx", "COPPER", 1250, "MINE-A", 1200).toString()));
		assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);

		Map<String, List<List<Object>>> second = new LinkedHashMap<>();
		second.put("Enterprises", List.of(List.of("code", "name", "kind", "parent_code"),
				List.of("MINE-B", "Zweiter Schacht", "MINE")));
		second.put("Indicators", List.of(List.of("code", "name", "unit", "price"), List.of("COPPER", "Kupfer", "t", 1300)));
		second.put("AnnualPlan", List.of(List.of("enterprise_code", "year", "indicator", "quantity")));
		JobExecution update = launches.start("reference-data",
				Map.of("file", JobTestSupport.workbook(files.resolve("second.xlsx"), second).toString()));

		assertThat(update.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(jdbc.sql("SELECT code FROM enterprise ORDER BY code").query(String.class).list())
			.containsExactly("COMBINE", "MINE-A", "MINE-B");
		assertThat(jdbc.sql("SELECT price FROM indicator WHERE code = 'COPPER'").query(Double.class).single())
			.isEqualTo(1300.0);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM indicator_history WHERE code = 'COPPER'").query(Integer.class).single())
			.isEqualTo(2);
	}

	@Test
	void aPlanForAnUnknownEnterpriseOrANegativePriceRejectsTheWholeWorkbookNamingTheCells() throws Exception {
		int enterprisesBefore = count("enterprise");
		int indicatorsBefore = count("indicator");
		JobExecution execution = launches.start("reference-data",
				Map.of("file", reference("bad.xlsx", "SILVER", -5, "NOWHERE", 10).toString()));

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		String message = execution.getAllFailureExceptions().get(0).getMessage();
		assertThat(message).contains("rejected, nothing changed")
			.contains("Indicators!D2: price -5 must be greater than 0")
			.contains("AnnualPlan!A2: enterprise_code 'NOWHERE' is not a known enterprise");
		assertThat(count("enterprise")).isEqualTo(enterprisesBefore);
		assertThat(count("indicator")).isEqualTo(indicatorsBefore);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM indicator WHERE code = 'SILVER'").query(Integer.class).single())
			.isZero();
	}

	private int count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
	}

	private Path reference(String name, String indicator, double price, String planEnterprise, double quantity)
			throws Exception {
		Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
		sheets.put("Enterprises",
				List.of(List.of("code", "name", "kind", "parent_code"), List.of("COMBINE", "Kombinat", "COMBINE"),
						List.of("MINE-A", "Schacht Ä", "MINE", "COMBINE")));
		sheets.put("Indicators", List.of(List.of("Code", "Name", "Unit", "Price"), List.of(indicator, "Metall", "t", price)));
		sheets.put("AnnualPlan", List.of(List.of("enterprise_code", "year", "indicator", "quantity"),
				List.of(planEnterprise, 1959, indicator, quantity)));
		return JobTestSupport.workbook(files.resolve(name), sheets);
	}

}
