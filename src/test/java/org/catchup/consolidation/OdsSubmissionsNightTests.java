package org.catchup.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.catchup.support.SampleDataNight;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A LibreOffice .ods submission loads in the night like its .xlsx twin: each sample workbook
 * (English KLH, German FORT) arrives first as .xlsx, then saved by LibreOffice as .ods; the .ods
 * becomes the next version with exactly the rows of the first, and the broken one is rejected
 * with the same problem and a marked .ods beside it.
 */
@SpringBootTest
class OdsSubmissionsNightTests extends SampleDataNight {

	private static final Path SAMPLES = Path.of("sample-input");

	private static final Path ODS = Path.of("src/test/resources/submission/ods-sample");

	private static final LocalDateTime XLSX_ARRIVES = LocalDateTime.of(1959, 10, 3, 9, 0);

	private static final LocalDateTime ODS_ARRIVES = LocalDateTime.of(1959, 10, 4, 9, 0);

	private static boolean consolidated;

	@BeforeEach
	void consolidateTheTwinsOnce() throws Exception {
		if (consolidated) {
			return;
		}
		sampleReferenceDataLoaded();
		for (String unit : List.of("KLH", "FORT")) {
			InboxDeliveries.deliver(properties.inbox(), SAMPLES.resolve("submissions/1959-09/" + unit + "-1959-09.xlsx"),
					unit + "-1959-09.xlsx", XLSX_ARRIVES);
			InboxDeliveries.deliver(properties.inbox(), ODS.resolve(unit + "-1959-09.ods"), unit + "-1959-09.ods",
					ODS_ARRIVES);
		}
		InboxDeliveries.deliver(properties.inbox(), SAMPLES.resolve("broken/BROKEN-unknown-indicator.xlsx"),
				"BROKEN-unknown-indicator.xlsx", XLSX_ARRIVES);
		InboxDeliveries.deliver(properties.inbox(), ODS.resolve("BROKEN-unknown-indicator.ods"),
				"BROKEN-unknown-indicator.ods", ODS_ARRIVES);

		nightCompletes();
		consolidated = true;
	}

	@Test
	void theOdsTwinIsTheNextVersionWithExactlyTheRowsOfTheXlsx() {
		for (String unit : List.of("KLH", "FORT")) {
			assertThat(jdbc.sql("""
					SELECT CONCAT(version, ' ', status, ' ', file_name) FROM submission
					WHERE enterprise_code = :unit AND period = '1959-09' AND status <> 'REJECTED' ORDER BY version""")
				.param("unit", unit)
				.query(String.class)
				.list()).containsExactly("1 SUPERSEDED " + unit + "-1959-09.xlsx", "2 CURRENT " + unit + "-1959-09.ods");
			List<String> xlsx = facts(unit, 1);
			assertThat(xlsx).hasSizeGreaterThan(5);
			assertThat(facts(unit, 2)).as(unit).isEqualTo(xlsx);
			assertThat(properties.archive().resolve("1959-09").resolve(unit + "-1959-09.ods")).exists();
		}
	}

	@Test
	void aBrokenOdsIsRejectedAsItsTwinWithAMarkedOdsBeside() {
		List<String> xlsx = problems("BROKEN-unknown-indicator.xlsx");
		assertThat(xlsx).contains("ERROR UNKNOWN_INDICATOR Report!D9 KUPFR");
		assertThat(problems("BROKEN-unknown-indicator.ods")).isEqualTo(xlsx);
		assertThat(properties.rejected().resolve("BROKEN-unknown-indicator.ods")).exists();
		assertThat(properties.rejected().resolve("BROKEN-unknown-indicator.ods.annotated.ods")).exists();
		assertThat(properties.rejected().resolve("BROKEN-unknown-indicator.xlsx.annotated.xlsx")).exists();
	}

	private List<String> facts(String unit, int version) {
		return jdbc.sql("""
				SELECT CONCAT_WS('|', f.team_code, f.indicator_code, f.team_name, f.section, f.sheet_row, f.plan_qty,
				       f.actual_qty, f.headcount, f.striving_title, f.remarks)
				FROM fact f JOIN submission s ON s.id = f.submission_id
				WHERE s.enterprise_code = :unit AND s.period = '1959-09' AND s.version = :version
				ORDER BY f.team_code, f.indicator_code""")
			.param("unit", unit)
			.param("version", version)
			.query(String.class)
			.list();
	}

	/** The problems of a file, without the ones that depend on what arrived before it. */
	private List<String> problems(String file) {
		return jdbc.sql("""
				SELECT CONCAT(p.severity, ' ', p.code, ' ', p.sheet_name, '!', p.cell_ref, ' ', p.found_value)
				FROM submission_problem p JOIN submission s ON s.id = p.submission_id
				WHERE s.file_name = :file AND p.code NOT IN ('RESUBMISSION', 'LATE_SUBMISSION') ORDER BY p.seq""")
			.param("file", file)
			.query(String.class)
			.list();
	}

}
