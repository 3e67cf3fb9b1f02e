package org.catchup.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.catchup.support.JobTestSupport;
import org.catchup.support.SampleDataNight;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The {@code assistance-register} job: all or nothing, keyed by pair and start month, every
 * problem at its cell in a problem list and a marked workbook. Subclasses choose the database.
 */
abstract class AssistanceRegisterScenario extends SampleDataNight {

	private static final List<Object> HEADER = List.of("Helper enterprise", "Helper team", "Helped enterprise",
			"Helped team", "From", "To", "Note");

	@Autowired
	AssistanceService service;

	@TempDir
	Path files;

	@BeforeEach
	void referenceDataAndTeams() throws Exception {
		jdbc.sql("DELETE FROM assistance_change").update();
		jdbc.sql("DELETE FROM assistance").update();
		if (jdbc.sql("SELECT COUNT(*) FROM enterprise").query(Integer.class).single() == 0) {
			sampleReferenceDataLoaded();
			team("FORT", "F-HEID", "Heidike");
			team("OBS", "O-BALV", "Balvi");
			team("THAE", "T-LEIT", "Thälmann leaders");
			team("OBS", "O-LITER", "Liter");
		}
	}

	@Test
	void aWorkbookIsLoadedOnceAndReloadingItChangesNothing() throws Exception {
		Path register = register("register.xlsx", row("FORT", "F-HEID", "OBS", "O-BALV", "1959-08", null, "Flitzer"),
				row("THAE", "T-LEIT", "OBS", "O-LITER", "1959-09", "1959-12", null));

		assertThat(run(register).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(pairs()).containsExactly("O-BALV<-F-HEID 1959-08..null Flitzer",
				"O-LITER<-T-LEIT 1959-09..1959-12 null");
		assertThat(changes()).isEqualTo(2);

		assertThat(run(register).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(pairs()).containsExactly("O-BALV<-F-HEID 1959-08..null Flitzer",
				"O-LITER<-T-LEIT 1959-09..1959-12 null");
		assertThat(changes()).as("an unchanged reload records no change").isEqualTo(2);
	}

	@Test
	void aChangedToOrNoteUpdatesTheRowAndIsRecordedWithWhoAndWhen() throws Exception {
		assertThat(run(register("first.xlsx", row("FORT", "F-HEID", "OBS", "O-BALV", "1959-08", null, "Flitzer")))
			.getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(run(register("second.xlsx", row("FORT", "F-HEID", "OBS", "O-BALV", "1959-08", "1959-10", "Flitzer")))
			.getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(pairs()).containsExactly("O-BALV<-F-HEID 1959-08..1959-10 Flitzer");
		assertThat(jdbc.sql("SELECT action FROM assistance_change ORDER BY id").query(String.class).list())
			.containsExactly("ADDED", "UPDATED");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM assistance_change WHERE source = 'JOB' AND changed_by LIKE 'job:%'"
				+ " AND changed_at IS NOT NULL").query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void oneBadRowRejectsTheWholeWorkbookWithEveryProblemAtItsCell() throws Exception {
		Path register = register("bad.xlsx", row("FORT", "F-HEID", "OBS", "O-BALV", "1959-08", null, "fine"),
				row("XXX", "F-HEID", "OBS", "O-BALV", "1959-08", null, null),
				row("FORT", "NOBODY", "OBS", "O-BALV", "1959-08", null, null),
				row("OBS", "O-BALV", "OBS", "O-BALV", "1959-08", null, null),
				row("THAE", "T-LEIT", "OBS", "O-LITER", "1959-09", "1959-07", null),
				row("THAE", "T-LEIT", "OBS", "O-LITER", "Sept", null, null),
				row("FORT", "F-HEID", "OBS", "O-BALV", "1959-08", null, "again"));

		JobExecution execution = run(register);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(pairs()).as("nothing of a rejected workbook is stored").isEmpty();
		String message = execution.getAllFailureExceptions().get(0).getMessage();
		assertThat(message).contains("rejected, nothing changed")
			.contains("Assistance!A3: 'XXX' is not an enterprise of the reference data")
			.contains("Assistance!B4: Team 'NOBODY' has not appeared in any loaded submission of FORT")
			.contains("Assistance!B5: Team O-BALV of OBS cannot help itself")
			.contains("Assistance!F6: To 1959-07 is before From 1959-09")
			.contains("Assistance!E7: 'Sept' is not a month")
			.contains("Assistance!E8: Row 2 already registers this pair");
		Path problems = properties.rejected().resolve("bad.xlsx.problems.csv");
		assertThat(Files.readString(problems)).contains("UNKNOWN_ENTERPRISE").contains("UNKNOWN_TEAM")
			.contains("HELPER_IS_HELPED").contains("TO_BEFORE_FROM").contains("MALFORMED_PERIOD")
			.contains("DUPLICATE_ASSISTANCE");
		assertThat(properties.rejected().resolve("bad-checked.xlsx")).isNotEmptyFile();
	}

	@Test
	void aWorkbookWithoutTheAssistanceSheetOrAColumnIsRejected() throws Exception {
		Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
		sheets.put("Assistance", List.of(List.of("Helper enterprise", "Helper team", "Helped team", "From")));
		JobExecution execution = run(JobTestSupport.workbook(files.resolve("columns.xlsx"), sheets));

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(execution.getAllFailureExceptions().get(0).getMessage())
			.contains("The required column 'Helped enterprise' is missing");
	}

	@Test
	void theCommitteeAgreesAnOfferedPairFromTheNextMonthAndEndsItLaterWithHistory() {
		AssistanceRegister.Stored agreed = service.agree("FORT", "F-HEID", "OBS", "O-BALV", YearMonth.of(1959, 9),
				AssistanceRegister.Source.WEB, "committee");
		assertThat(agreed.assistance().from()).isEqualTo(YearMonth.of(1959, 10));
		assertThat(agreed.assistance().to()).isNull();

		AssistanceRegister.Stored ended = service.end(agreed.id(), YearMonth.of(1959, 12),
				AssistanceRegister.Source.API, "chair");

		assertThat(ended.assistance().to()).isEqualTo(YearMonth.of(1959, 12));
		assertThat(service.history(agreed.id())).extracting(AssistanceRegister.Recorded::action,
				AssistanceRegister.Recorded::source, AssistanceRegister.Recorded::changedBy)
			.containsExactly(tuple(AssistanceRegister.Action.ADDED, AssistanceRegister.Source.WEB, "committee"),
					tuple(AssistanceRegister.Action.ENDED, AssistanceRegister.Source.API, "chair"));
		assertThat(service.concerning(Set.of("FORT"))).hasSize(1);
		assertThat(service.concerning(Set.of("KLH"))).isEmpty();
	}

	@Test
	void anyPairMayBeAddedButAnUnknownTeamOrAnEndBeforeTheStartIsRefusedAndNothingStored() {
		assertThatThrownBy(() -> service.add(new PairRules.Candidate("FORT", "NOBODY", "OBS", "O-BALV",
				YearMonth.of(1959, 8), null, null), AssistanceRegister.Source.API, "committee"))
			.isInstanceOf(InvalidPairException.class)
			.hasMessageContaining("Helper team: Team 'NOBODY' has not appeared in any loaded submission of FORT.");
		assertThat(pairs()).isEmpty();

		AssistanceRegister.Stored added = service.add(new PairRules.Candidate("THAE", "T-LEIT", "OBS", "O-LITER",
				YearMonth.of(1959, 8), null, "leader visits"), AssistanceRegister.Source.WEB, "committee");
		assertThatThrownBy(() -> service.end(added.id(), YearMonth.of(1959, 7), AssistanceRegister.Source.WEB,
				"committee"))
			.isInstanceOf(InvalidPairException.class)
			.hasMessageContaining("To 1959-07 is before From 1959-08");
		assertThatThrownBy(() -> service.end(added.id() + 1000, YearMonth.of(1959, 9), AssistanceRegister.Source.WEB,
				"committee"))
			.isInstanceOf(UnknownPairException.class);
		assertThat(pairs()).containsExactly("O-LITER<-T-LEIT 1959-08..null leader visits");
	}

	private JobExecution run(Path workbook) throws Exception {
		return launches.start("assistance-register", Map.of("file", workbook.toString()));
	}

	private List<String> pairs() {
		return jdbc.sql("""
				SELECT helped_team_code, helper_team_code, from_period, to_period, note FROM assistance
				ORDER BY helped_team_code""")
			.query((rs, n) -> rs.getString(1) + "<-" + rs.getString(2) + " " + rs.getString(3) + ".."
					+ rs.getString(4) + " " + rs.getString(5))
			.list();
	}

	private int changes() {
		return jdbc.sql("SELECT COUNT(*) FROM assistance_change").query(Integer.class).single();
	}

	private void team(String enterprise, String team, String name) {
		jdbc.sql("""
				INSERT INTO team (enterprise_code, team_code, team_name, section, first_period, last_period)
				VALUES (:enterprise, :team, :name, 'Revier 1', '1959-01', '1959-09')""")
			.param("enterprise", enterprise)
			.param("team", team)
			.param("name", name)
			.update();
	}

	private Path register(String name, List<Object>... rows) throws Exception {
		List<List<Object>> sheet = new ArrayList<>();
		sheet.add(HEADER);
		sheet.addAll(List.of(rows));
		return JobTestSupport.workbook(files.resolve(name), Map.of("Assistance", sheet));
	}

	private static List<Object> row(Object... values) {
		return java.util.Arrays.asList(values);
	}

}
