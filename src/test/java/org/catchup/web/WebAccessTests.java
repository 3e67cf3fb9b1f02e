package org.catchup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.nio.file.Path;

import com.jayway.jsonpath.JsonPath;
import org.catchup.web.security.CatchUpUser;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every access rule of the web app and the API, the 403s included. */
class WebAccessTests extends WebTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@TempDir
	Path temp;

	private RequestPostProcessor as(String username) {
		return user((CatchUpUser) users.loadUserByUsername(username));
	}

	private MockMultipartFile sample(String path) {
		Path file = SAMPLE_INPUT.resolve(path);
		return new MockMultipartFile("file", file.getFileName().toString(), null, bytes(file));
	}

	private String checkAs(String username, MockMultipartFile file) throws Exception {
		String location = mvc.perform(multipart("/submissions/checks").file(file).with(as(username)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/submissions/checks/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	@Test
	void strangersAreSentToTheLoginPageAndScriptsGet401() throws Exception {
		mvc.perform(get("/submissions")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/jobs")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/figures/1959-09")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/figures/1959-09").with(httpBasic("committee-member", "wrong password")))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/login")).andExpect(status().isOk());
	}

	@Test
	void signingInChecksTheHashedPassword() throws Exception {
		mvc.perform(formLogin().user("obs-clerk").password(PASSWORD)).andExpect(redirectedUrl("/"));
		mvc.perform(formLogin().user("obs-clerk").password("not it")).andExpect(redirectedUrl("/login?error"));
		String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'obs-clerk'")
			.query(String.class)
			.single();
		assertThat(hash).startsWith("$2").doesNotContain(PASSWORD);
	}

	@Test
	void eachRoleOpensOnlyItsOwnArea() throws Exception {
		mvc.perform(get("/submissions").with(as("obs-clerk"))).andExpect(status().isOk());
		mvc.perform(get("/jobs").with(as("obs-clerk"))).andExpect(status().isForbidden());
		mvc.perform(get("/bulletins").with(as("obs-clerk"))).andExpect(status().isForbidden());
		mvc.perform(get("/figures/1959-09").with(as("obs-clerk"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(as("obs-clerk"))).andExpect(status().isForbidden());

		mvc.perform(get("/jobs").with(as("night-operator"))).andExpect(status().isOk());
		mvc.perform(get("/submissions").with(as("night-operator"))).andExpect(status().isForbidden());
		mvc.perform(get("/bulletins").with(as("night-operator"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(as("night-operator"))).andExpect(status().isForbidden());

		mvc.perform(get("/bulletins").with(as("committee-member"))).andExpect(status().isOk());
		mvc.perform(get("/figures/1959-09").with(as("committee-member"))).andExpect(status().isOk());
		mvc.perform(get("/jobs").with(as("committee-member"))).andExpect(status().isForbidden());
		mvc.perform(get("/submissions").with(as("committee-member"))).andExpect(status().isForbidden());

		mvc.perform(get("/admin/users").with(as("administrator"))).andExpect(status().isOk());
		mvc.perform(get("/submissions").with(as("administrator"))).andExpect(status().isForbidden());
		mvc.perform(get("/some/guessed/page").with(as("administrator"))).andExpect(status().isNotFound());
	}

	@Test
	void financeStaffSeeTheirOwnSubmissionsAndGet403ForAnyOtherEnterprises() throws Exception {
		long obs = currentSubmissionId("OBS", "1959-09");
		long klh = currentSubmissionId("KLH", "1959-08");
		mvc.perform(get("/submissions/{id}", obs).with(as("obs-clerk")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("OBS-1959-09.xlsx")));
		mvc.perform(get("/submissions/{id}", klh).with(as("obs-clerk"))).andExpect(status().isForbidden());
		mvc.perform(get("/submissions").with(as("obs-clerk")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("KLH-1959"))));
		mvc.perform(get("/submissions/template").param("enterprise", "KLH").param("period", "1959-10").with(as("obs-clerk")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/submissions/template").param("enterprise", "OBS").param("period", "1959-10").with(as("obs-clerk")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", Matchers.containsString("OBS-1959-10.xlsx")));
	}

	@Test
	void theApiAppliesTheSameRules() throws Exception {
		long obs = currentSubmissionId("OBS", "1959-09");
		long klh = currentSubmissionId("KLH", "1959-08");
		mvc.perform(get("/api/submissions/{id}/problems", obs).with(httpBasic("obs-clerk", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isArray());
		mvc.perform(get("/api/submissions/{id}/problems", klh).with(httpBasic("obs-clerk", PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/submissions/{id}/problems", obs).with(httpBasic("committee-member", PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/figures/1959-09").with(httpBasic("obs-clerk", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/api/figures/1959-09").with(httpBasic("committee-member", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.month").value("1959-09"))
			.andExpect(jsonPath("$.ranking[?(@.enterpriseCode == 'OBS')].fulfilmentPercent").exists())
			.andExpect(jsonPath("$.teamsNeedingHelp").isArray())
			.andExpect(jsonPath("$.assistancePairs").isArray());
		// a signed-in browser session does not open the API: scripts sign in with HTTP Basic
		MockHttpSession session = (MockHttpSession) mvc
			.perform(formLogin().user("committee-member").password(PASSWORD))
			.andReturn()
			.getRequest()
			.getSession();
		mvc.perform(get("/figures/1959-09").session(session)).andExpect(status().isOk());
		mvc.perform(get("/api/figures/1959-09").session(session)).andExpect(status().isUnauthorized());
	}

	@Test
	void anUploadsCheckAndAnnotatedWorkbookAreOnlyForTheUploader() throws Exception {
		String token = checkAs("klh-clerk", sample("broken/BROKEN-unknown-indicator.xlsx"));
		mvc.perform(get("/submissions/checks/{t}", token).with(as("klh-clerk")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Report!D9")));
		mvc.perform(get("/submissions/checks/{t}/annotated", token).with(as("klh-clerk")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					Matchers.containsString("BROKEN-unknown-indicator-checked.xlsx")));

		mvc.perform(get("/submissions/checks/{t}", token).with(as("obs-clerk"))).andExpect(status().isForbidden());
		mvc.perform(get("/submissions/checks/{t}/annotated", token).with(as("obs-clerk")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/submissions/checks/{t}/submit", token).with(as("obs-clerk")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/submissions/checks/{t}/annotated", token).with(httpBasic("obs-clerk", PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/submissions/checks/{t}/annotated", "00000000-0000-0000-0000-000000000000").with(as("obs-clerk")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/submissions/checks/{t}/annotated", "..%2F..%2Fcatchup.mv.db").with(as("obs-clerk")))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void aWorkbookOfAnotherEnterpriseIsAnErrorAndCannotBeSubmitted() throws Exception {
		String token = checkAs("obs-clerk", sample("submissions/1959-09/KLH-1959-09.xlsx"));
		mvc.perform(get("/submissions/checks/{t}", token).with(as("obs-clerk")))
			.andExpect(content().string(Matchers.containsString("ENTERPRISE_NOT_PERMITTED")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"submit\""))));
		int before = inboxNames(properties.inbox()).size();
		mvc.perform(post("/submissions/checks/{t}/submit", token).with(as("obs-clerk")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(inboxNames(properties.inbox())).hasSize(before);
	}

	@Test
	void formsNeedTheirCsrfToken() throws Exception {
		mvc.perform(multipart("/submissions/checks").file(sample("submissions/1959-09/OBS-1959-09.xlsx"))
			.with(as("obs-clerk"))).andExpect(status().isForbidden());
		mvc.perform(post("/jobs/consolidation/run").with(as("night-operator"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/users").param("username", "x").with(as("administrator")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theApiChecksAndSubmitsUnderAGeneratedName() throws Exception {
		MockMultipartFile broken = sample("broken/BROKEN-unknown-indicator.xlsx");
		String answer = mvc
			.perform(multipart("/api/submissions").file(broken).param("dryRun", "false").with(httpBasic("klh-clerk", PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(422))
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("has 1 error and was not submitted")))
			.andExpect(jsonPath("$.submitted").value(false))
			.andExpect(jsonPath("$.problems[?(@.code == 'UNKNOWN_INDICATOR')].location").value("Report!D9"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String annotated = JsonPath.read(answer, "$.annotatedWorkbook");
		mvc.perform(get(annotated).with(httpBasic("klh-clerk", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", Matchers.containsString("BROKEN-unknown-indicator-checked.xlsx")));
		mvc.perform(get(annotated).with(httpBasic("obs-clerk", PASSWORD))).andExpect(status().isForbidden());

		Path corrected = correctedKlhWorkbook(temp);
		MockMultipartFile good = new MockMultipartFile("file", "../../etc/KLH september.xlsx", null, bytes(corrected));
		mvc.perform(multipart("/api/submissions").file(good).with(httpBasic("klh-clerk", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.errors").value(0))
			.andExpect(jsonPath("$.submitted").value(false));
		mvc.perform(multipart("/api/submissions").file(good).param("dryRun", "false").with(httpBasic("klh-clerk", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fileName").value("KLH september.xlsx"))
			.andExpect(jsonPath("$.submitted").value(true))
			.andExpect(jsonPath("$.inboxFile").value(Matchers.matchesPattern("KLH-1959-09-\\d{14}-[0-9a-f]{6}\\.xlsx")));
		assertThat(inboxNames(properties.inbox())).anyMatch(name -> name.matches("KLH-1959-09-\\d{14}-[0-9a-f]{6}\\.xlsx"));
	}

	@Test
	void healthIsOpenToMonitoringAndMetricsToOperators() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/metrics").with(httpBasic("obs-clerk", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/metrics").with(httpBasic("night-operator", PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/actuator/health/nightly").with(httpBasic("night-operator", PASSWORD)))
			.andExpect(jsonPath("$.components.inbox").exists());
	}

	@Test
	void bulletinFilesAreServedByTheirNamesOnly() throws Exception {
		mvc.perform(get("/bulletins/files/{n}", "bulletin-1958-01.pdf").with(as("committee-member")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/bulletins/files/{n}", "catchup.mv.db").with(as("committee-member")))
			.andExpect(status().isNotFound());
	}

}
