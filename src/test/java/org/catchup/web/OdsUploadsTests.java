package org.catchup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;

import com.jayway.jsonpath.JsonPath;
import org.catchup.web.security.CatchUpUser;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * LibreOffice's own format through the upload page and the API: the file chooser offers .ods, a
 * broken .ods gets its problem by cell and a marked copy that is an .ods, and a good one is
 * submitted to the inbox as an .ods.
 */
class OdsUploadsTests extends WebTestSupport {

	private static final Path ODS = Path.of("src/test/resources/submission/ods-sample");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theUploadFormsOfferOdsFilesAndTheCheckPageNamesTheCell() throws Exception {
		String page = mvc.perform(get("/submissions").with(user((CatchUpUser) users.loadUserByUsername("klh-clerk"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("accept=\".xlsx,.xlsm,.xls,.ods,.csv\"").contains(".xlsx, .xlsm, .xls, .ods or .csv");
		String check = mvc.perform(multipart("/submissions/checks").file(ods("BROKEN-unknown-indicator.ods"))
			.with(user((CatchUpUser) users.loadUserByUsername("klh-clerk")))
			.with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(mvc.perform(get(check).with(user((CatchUpUser) users.loadUserByUsername("klh-clerk"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Report!D9")
			.contains("accept=\".xlsx,.xlsm,.xls,.ods,.csv\"");
	}

	@Test
	void aBrokenOdsIsRefusedByCellWithAMarkedOdsCopyAndAGoodOneIsSubmittedAsOds() throws Exception {
		String answer = mvc
			.perform(multipart("/api/submissions").file(ods("BROKEN-unknown-indicator.ods"))
				.param("dryRun", "false")
				.with(httpBasic("klh-clerk", PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.problems[?(@.code == 'UNKNOWN_INDICATOR')].location").value("Report!D9"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String annotated = JsonPath.read(answer, "$.annotatedWorkbook");
		byte[] copy = mvc.perform(get(annotated).with(httpBasic("klh-clerk", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					Matchers.containsString("BROKEN-unknown-indicator-checked.ods")))
			.andExpect(header().string("Content-Type", "application/vnd.oasis.opendocument.spreadsheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(copy))) {
			assertThat(zip.getNextEntry().getName()).isEqualTo("mimetype");
			assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII))
				.isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
		}

		mvc.perform(multipart("/api/submissions").file(ods("KLH-1959-09.ods"))
			.param("dryRun", "false")
			.with(httpBasic("klh-clerk", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.errors").value(0))
			.andExpect(jsonPath("$.submitted").value(true))
			.andExpect(jsonPath("$.inboxFile").value(Matchers.matchesPattern("KLH-1959-09-\\d{14}-[0-9a-f]{6}\\.ods")));
	}

	private static MockMultipartFile ods(String name) {
		return new MockMultipartFile("file", name, null, bytes(ODS.resolve(name)));
	}

}
