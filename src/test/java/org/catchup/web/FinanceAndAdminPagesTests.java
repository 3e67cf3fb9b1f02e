package org.catchup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.catchup.web.security.CatchUpUser;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The finance pages end to end through MockMvc, and the admin's user form. */
class FinanceAndAdminPagesTests extends WebTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@TempDir
	Path temp;

	private RequestPostProcessor as(String username) {
		return user((CatchUpUser) users.loadUserByUsername(username));
	}

	@Test
	void theTemplateHasTheTitleBlockAndLastMonthsTeams() throws Exception {
		byte[] xlsx = mvc
			.perform(get("/submissions/template").param("enterprise", "OBS").param("period", "1959-10").with(as("obs-clerk")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet("Report");
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("OBS");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("1959-10");
			assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("team_code");
			List<String> teams = new ArrayList<>();
			for (int r = 5; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				teams.add(row.getCell(1).getStringCellValue());
				assertThat(row.getCell(4)).as("plan left empty").isNull();
			}
			Integer september = jdbc.sql("""
					SELECT COUNT(*) FROM fact f JOIN submission s ON s.id = f.submission_id AND s.status = 'CURRENT'
					WHERE f.enterprise_code = 'OBS' AND f.period = '1959-09'""").query(Integer.class).single();
			assertThat(teams).hasSize(september).allMatch(code -> !code.isBlank());
		}
	}

	@Test
	void aCleanWorkbookIsCheckedThenSubmittedIntoTheInbox() throws Exception {
		Path corrected = correctedKlhWorkbook(temp);
		String location = mvc
			.perform(multipart("/submissions/checks")
				.file(new MockMultipartFile("file", "KLH september.xlsx", null, bytes(corrected)))
				.with(as("klh-clerk"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).with(as("klh-clerk")))
			.andExpect(content().string(Matchers.containsString("You can submit it")))
			.andExpect(content().string(Matchers.containsString("id=\"submit\"")));
		mvc.perform(post(location + "/submit").with(as("klh-clerk")).with(csrf()))
			.andExpect(redirectedUrl("/submissions"));
		assertThat(inboxNames(properties.inbox())).anyMatch(name -> name.startsWith("KLH-1959-09-"))
			.noneMatch(name -> name.endsWith(".part") || name.contains("september"));
		mvc.perform(get("/submissions").with(as("klh-clerk")))
			.andExpect(content().string(Matchers.containsString("Waiting for the next consolidation")));
		// submitting the same check twice does not put a second copy into the inbox
		int before = inboxNames(properties.inbox()).size();
		mvc.perform(post(location + "/submit").with(as("klh-clerk")).with(csrf()));
		assertThat(inboxNames(properties.inbox())).hasSize(before);
	}

	@Test
	void anAdministratorAddsAUserWhoCanThenSignIn() throws Exception {
		mvc.perform(post("/admin/users").with(as("administrator"))
			.with(csrf())
			.param("username", "fort-clerk")
			.param("password", "a good long password")
			.param("displayName", "Finance, Schacht Fortschritt")
			.param("roles", "SUBMITTER")
			.param("enterprises", "fort")).andExpect(redirectedUrl("/admin/users"));
		CatchUpUser created = (CatchUpUser) users.loadUserByUsername("fort-clerk");
		assertThat(created.enterprises()).containsExactly("FORT");
		mvc.perform(formLogin().user("fort-clerk").password("a good long password")).andExpect(redirectedUrl("/"));
	}

	@Test
	void anAdministratorLoadsTheReferenceWorkbookThroughTheJob() throws Exception {
		int before = jdbc.sql("SELECT COUNT(*) FROM reference_load").query(Integer.class).single();
		MockMultipartFile workbook = new MockMultipartFile("file", "reference-data.xlsx", null,
				bytes(SAMPLE_INPUT.resolve("reference-data.xlsx")));
		mvc.perform(multipart("/admin/reference").file(workbook).with(as("obs-clerk")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/admin/reference").file(workbook).with(as("administrator")).with(csrf()))
			.andExpect(redirectedUrl("/admin/reference"));
		long until = System.currentTimeMillis() + 30_000;
		while (jdbc.sql("SELECT COUNT(*) FROM reference_load").query(Integer.class).single() == before
				&& System.currentTimeMillis() < until) {
			Thread.sleep(100);
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM reference_load").query(Integer.class).single()).isEqualTo(before + 1);
		mvc.perform(get("/admin/reference").with(as("administrator")))
			.andExpect(content().string(Matchers.containsString("reference-data-")));
	}

	@Test
	void theUserFormRejectsShortPasswordsAndSubmittersWithoutEnterprise() throws Exception {
		mvc.perform(post("/admin/users").with(as("administrator"))
			.with(csrf())
			.param("username", "someone")
			.param("password", "short")
			.param("roles", "SUBMITTER"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("at least 10 characters")))
			.andExpect(content().string(Matchers.containsString("need at least one enterprise")));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = 'someone'").query(Integer.class).single())
			.isZero();
	}

}
