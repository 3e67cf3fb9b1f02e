package org.catchup.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.catchup.support.JobTestSupport;
import org.catchup.support.SampleDataNight;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A reference workbook that leaves out enterprises which submissions already use is loaded, but
 * says so, naming them, and the enterprises stay (SPEC §2: never silently dropped).
 */
@SpringBootTest
class ReferenceWorkbookLeavingOutTests extends SampleDataNight {

	@Test
	void enterprisesThatSubmissionsUseAndTheWorkbookLeavesOutAreNamedInAWarningAndKept() throws Exception {
		sampleReferenceDataLoaded();
		for (String name : List.of("OBS-1959-01.xlsx", "ABH-1959-01.xlsx")) {
			Files.copy(Path.of("sample-input/submissions/1959-01").resolve(name), properties.inbox().resolve(name));
		}
		nightCompletes();
		Map<String, Object> indicator = jdbc.sql("SELECT code, name, unit, price FROM indicator ORDER BY code LIMIT 1")
			.query()
			.singleRow();

		Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
		sheets.put("Enterprises", List.of(List.of("code", "name", "kind", "parent_code"),
				List.of("NEWMINE", "Neuer Schacht", "MINE")));
		sheets.put("Indicators", List.of(List.of("code", "name", "unit", "price"), List.of(indicator.get("code"),
				indicator.get("name"), indicator.get("unit"), ((Number) indicator.get("price")).doubleValue())));
		sheets.put("AnnualPlan", List.of(List.of("enterprise_code", "year", "indicator", "quantity")));
		Path workbook = JobTestSupport.workbook(dataDir.resolve("only-new.xlsx"), sheets);

		JobExecution load = launches.start("reference-data", Map.of("file", workbook.toString()));

		assertThat(load.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(load.getStepExecutions().iterator().next().getExecutionContext().getString("warning"))
			.contains("leaves out 2 enterprise(s) that submissions use: ABH, OBS")
			.contains("kept");
		assertThat(jdbc.sql("SELECT code FROM enterprise WHERE code IN ('ABH', 'OBS', 'NEWMINE') ORDER BY code")
			.query(String.class)
			.list()).containsExactly("ABH", "NEWMINE", "OBS");
	}

}
