package org.catchup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.catchup.assistance.AssistanceRegister.Source;
import org.catchup.assistance.AssistanceService;
import org.catchup.bulletin.MonthlyFiguresService;
import org.catchup.figures.AssistancePair;
import org.catchup.users.NewUser;
import org.catchup.users.Role;
import org.catchup.web.security.CatchUpUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The pages speak the browser's language (Accept-Language), switch with {@code ?lang=} and the
 * links on every page, and remember a signed-in user's choice across sessions.
 */
class LanguageTests extends WebTestSupport {

	private static final String MONTH = "1959-09";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MonthlyFiguresService figures;

	@Autowired
	AssistanceService assistance;

	/** A language chosen here must not follow the shared users into the other tests of this application. */
	@AfterEach
	void forgetTheChoices() {
		jdbc.sql("UPDATE app_user SET preferred_language = NULL").update();
	}

	@Test
	void theBrowsersLanguageIsSpoken() throws Exception {
		String german = page(get("/").header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5").with(as("committee-member")));
		assertThat(german).contains("<html lang=\"de\"", "Willkommen, committee-member", "Kennzahlen", "Abmelden")
			.doesNotContain("Sign out", "Welcome");
		// a language Catch-Up does not speak: English, not the server's own
		assertThat(page(get("/").header("Accept-Language", "fr-FR,fr").with(as("committee-member"))))
			.contains("<html lang=\"en\"", "Welcome, committee-member", "Sign out");
		assertThat(page(get("/").with(as("committee-member")))).contains("Welcome, committee-member");
	}

	@Test
	void theSwitchChangesTheLanguageForTheRestOfTheSession() throws Exception {
		MockHttpSession session = new MockHttpSession();
		assertThat(page(get("/figures/" + MONTH).param("lang", "de").session(session).with(as("committee-member"))))
			.contains("<html lang=\"de\"", "Brigaden, die Hilfe brauchen", "Rangfolge");
		String next = page(get("/bulletins").session(session).with(as("committee-member")));
		assertThat(next).contains("<html lang=\"de\"", "Bulletin jetzt erstellen");
		// a language it does not speak changes nothing
		assertThat(page(get("/bulletins").param("lang", "xx").session(session).with(as("committee-member"))))
			.contains("Bulletin jetzt erstellen");
		assertThat(page(get("/bulletins").param("lang", "en").session(session).with(as("committee-member"))))
			.contains("Build the bulletin now");
	}

	@Test
	void figuresAreFormattedForTheReader() throws Exception {
		String german = page(get("/figures/" + MONTH).header("Accept-Language", "de").with(as("committee-member")));
		String english = page(get("/figures/" + MONTH).with(as("committee-member")));
		assertThat(english).containsPattern(">\\d{2,3}\\.\\d{1,2} %<").doesNotContainPattern(">\\d{2,3},\\d{1,2} %<");
		assertThat(german).containsPattern(">\\d{2,3},\\d{1,2} %<").doesNotContainPattern(">\\d{2,3}\\.\\d{1,2} %<")
			.containsPattern(">[+-]\\d+,\\d Pp\\.<");
	}

	@Test
	void aSignedInUsersChoiceIsRememberedAcrossSessions() throws Exception {
		String name = "sprachwechsler";
		if (!accounts.exists(name)) {
			accounts.create(new NewUser(name, PASSWORD, "Sprach Wechsler", Set.of(Role.COMMITTEE), Set.of()));
		}
		MockHttpSession first = signIn(name, new MockHttpSession());
		assertThat(page(get("/").session(first))).contains("Welcome, Sprach Wechsler");
		assertThat(page(get("/").param("lang", "de").session(first))).contains("Willkommen, Sprach Wechsler");
		assertThat(jdbc.sql("SELECT preferred_language FROM app_user WHERE username = :u")
			.param("u", name)
			.query(String.class)
			.single()).isEqualTo("de");
		mvc.perform(post("/logout").with(csrf()).session(first)).andExpect(redirectedUrl("/login?logout"));

		// another browser, which asks for English: the user's own choice wins
		MockHttpSession second = signIn(name, new MockHttpSession());
		assertThat(page(get("/").header("Accept-Language", "en").session(second)))
			.contains("Willkommen, Sprach Wechsler");
		// a choice made on the sign-in page is the user's from then on
		MockHttpSession third = new MockHttpSession();
		assertThat(page(get("/login").param("lang", "en").session(third))).contains("<html lang=\"en\"", "Sign in");
		assertThat(page(get("/").session(signIn(name, third)))).contains("Welcome, Sprach Wechsler");
		assertThat(page(get("/").session(signIn(name, new MockHttpSession())))).contains("Welcome, Sprach Wechsler");
	}

	@Test
	void everyPageAPersonCanOpenHasTheSwitchInBothLanguages() throws Exception {
		Map<String, String> pages = pages();
		assertThat(pages.keySet()).as("every page of the site is visited")
			.contains("/", "/login", "/submissions", "/jobs", "/bulletins", "/figures/" + MONTH, "/assistance",
					"/admin/users", "/admin/reference");
		for (Map.Entry<String, String> page : pages.entrySet()) {
			for (String language : List.of("en", "de")) {
				MockHttpServletRequestBuilder request = get(page.getKey()).header("Accept-Language", language);
				if (page.getValue() != null) {
					request.with(as(page.getValue()));
				}
				MvcResult result = mvc.perform(request).andReturn();
				String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
				assertThat(result.getResponse().getStatus()).as(page.getKey()).isEqualTo(200);
				assertThat(html).as(page.getKey() + " in " + language)
					.contains("<html lang=\"" + language + "\"", "id=\"languages\"")
					.contains(language.equals("de") ? "hreflang=\"en\"" : "hreflang=\"de\"");
				if (page.getValue() != null) {
					assertThat(html).as(page.getKey() + " in " + language)
						.contains(language.equals("de") ? "Abmelden" : "Sign out");
				}
			}
		}
		// an error page too, worded for the reader
		String refused = mvc.perform(get("/figures/1959-13").header("Accept-Language", "de").with(as("committee-member")))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("id=\"languages\"", "Ungültige Anfrage", "„1959-13“ ist kein Monat");
	}

	@Test
	void theSwitchKeepsThePagesOwnParameters() throws Exception {
		String page = page(get("/figures/" + MONTH + "?page=1").with(as("committee-member")));
		assertThat(page).contains("href=\"?page=1&amp;lang=de\"");
	}

	@Test
	void theUploadPageListsTheProblemsInTheClerksLanguage() throws Exception {
		MockHttpSession session = new MockHttpSession();
		page(get("/submissions").param("lang", "de").session(session).with(as("klh-clerk")));
		String location = mvc.perform(multipart("/submissions/checks")
			.file(new MockMultipartFile("file", "KLH-1959-09.xlsx", null,
					bytes(SAMPLE_INPUT.resolve("broken/BROKEN-unknown-indicator.xlsx"))))
			.session(session)
			.with(as("klh-clerk"))
			.with(csrf())).andReturn().getResponse().getRedirectedUrl();
		String german = text(page(get(location).session(session).with(as("klh-clerk"))));
		assertThat(german).contains("Die Kennziffer „KUPFR“ steht nicht in der Referenzliste der Kennziffern.",
				"Was falsch ist", "FEHLER", "1 Fehler: diese Arbeitsmappe kann nicht eingereicht werden.")
			.doesNotContain("is not in the reference list");
		// the same check in English says the rule's own sentence
		assertThat(page(get(location).param("lang", "en").session(session).with(as("klh-clerk"))))
			.contains("'KUPFR' is not in the reference list of indicators".replace("'", "&#39;"));
		// the marked copy was written in the language of the check
		MvcResult annotated = mvc.perform(get(location + "/annotated").session(session).with(as("klh-clerk")))
			.andExpect(status().isOk())
			.andReturn();
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(annotated.getResponse().getContentAsByteArray()))) {
			Sheet problems = workbook.getSheet("Problems");
			Row first = problems.getRow(1);
			assertThat(first.getCell(6).getStringCellValue()).contains("„KUPFR“ steht nicht in der Referenzliste");
		}
	}

	/** Every GET page of the site with its path variables filled in, and who may open it (null: anyone). */
	private Map<String, String> pages() throws Exception {
		Map<String, String> pages = new LinkedHashMap<>();
		List<String> paths = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = mapping.getValue();
			Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
			boolean page = handler.getReturnType().getParameterType() == String.class
					&& !handler.hasMethodAnnotation(org.springframework.web.bind.annotation.ResponseBody.class)
					&& (methods.isEmpty() || methods.contains(RequestMethod.GET));
			if (page) {
				paths.addAll(mapping.getKey().getPatternValues());
			}
		}
		for (String pattern : paths) {
			if (pattern.startsWith("/api") || pattern.startsWith("/error") || pattern.equals("/figures")) {
				// the API answers JSON; /error is the error page shown above; /figures redirects to a month
				continue;
			}
			String path = pattern.replace("{month}", MONTH)
				.replace("/admin/users/{id}", "/admin/users/" + userId("administrator"))
				.replace("/jobs/executions/{id}", "/jobs/executions/" + executionId())
				.replace("/submissions/checks/{token}", checkOfObs())
				.replace("/submissions/{id}", "/submissions/" + currentSubmissionId("OBS", MONTH))
				.replace("/assistance/{id}", "/assistance/" + pairId());
			assertThat(path).as(pattern + " has every variable filled in").doesNotContain("{");
			pages.put(path, who(path));
		}
		return pages;
	}

	private static String who(String path) {
		if (path.equals("/login")) {
			return null;
		}
		if (path.startsWith("/submissions")) {
			return "obs-clerk";
		}
		if (path.startsWith("/jobs")) {
			return "night-operator";
		}
		if (path.startsWith("/admin") || path.equals("/")) {
			return "administrator";
		}
		return "committee-member";
	}

	private long userId(String username) {
		return jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(Long.class).single();
	}

	private long executionId() {
		return jdbc.sql("SELECT MAX(job_execution_id) FROM batch_job_execution").query(Long.class).single();
	}

	private long pairId() {
		if (assistance.all().isEmpty()) {
			AssistancePair offered = figures.figures(YearMonth.parse(MONTH)).assistancePairs().get(0);
			assistance.agree(offered.helperEnterpriseCode(), offered.helperTeamCode(), offered.enterpriseCode(),
					offered.teamCode(), YearMonth.parse(MONTH), Source.WEB, "committee-member");
		}
		return assistance.all().get(0).id();
	}

	private String checkOfObs() throws Exception {
		return mvc.perform(multipart("/submissions/checks")
			.file(new MockMultipartFile("file", "OBS-1959-09.xlsx", null,
					Files.readAllBytes(SAMPLE_INPUT.resolve("submissions/1959-09/OBS-1959-09.xlsx"))))
			.with(as("obs-clerk"))
			.with(csrf())).andReturn().getResponse().getRedirectedUrl();
	}

	private MockHttpSession signIn(String name, MockHttpSession session) throws Exception {
		return (MockHttpSession) mvc
			.perform(post("/login").param("username", name).param("password", PASSWORD).with(csrf()).session(session))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	/** What a reader sees: the tags taken out, the spaces made single. */
	private static String text(String html) {
		return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").replace(" :", ":");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return user((CatchUpUser) users.loadUserByUsername(username));
	}

}
