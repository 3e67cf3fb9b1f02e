package org.catchup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.catchup.web.security.CatchUpUser;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The upload page as a finance clerk meets it: what an empty or unreadable file is told, the
 * check page's subtitle, the uploaded name and fate of a submitted workbook after the night, and
 * which templates are offered. Months of 1958 keep these uploads clear of the story's figures.
 */
class FinanceUploadPageTests extends WebTestSupport {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

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
	void anEmptyFileIsNamedAndSaidToBeEmpty() throws Exception {
		mvc.perform(multipart("/submissions/checks")
			.file(new MockMultipartFile("file", "OBS november.xlsx", null, new byte[0]))
			.with(as("obs-clerk"))
			.with(csrf()))
			.andExpect(redirectedUrl("/submissions"))
			.andExpect(flash().attribute("message", Matchers.allOf(Matchers.containsString("OBS november.xlsx"),
					Matchers.containsString("is empty"), Matchers.not(Matchers.containsString("Choose a workbook")))));
		// choosing nothing at all is still the other sentence
		mvc.perform(multipart("/submissions/checks")
			.file(new MockMultipartFile("file", "", null, new byte[0]))
			.with(as("obs-clerk"))
			.with(csrf())).andExpect(flash().attribute("message", Matchers.containsString("Choose a workbook")));
	}

	@Test
	void aPdfRenamedXlsxIsAWholeFileErrorWithNoMarkedCopy() throws Exception {
		String location = upload("obs-clerk", "OBS-1958-10.xlsx", PDF);
		String page = page(location, "obs-clerk");
		assertThat(page).doesNotContain("Correct the marked cells")
			.doesNotContain("id=\"annotated\"")
			.contains("What is wrong with the file as a whole")
			.contains("id=\"file-errors\"");
		mvc.perform(get(location + "/annotated").with(as("obs-clerk"))).andExpect(status().isNotFound());
	}

	@Test
	void theSubtitleJoinsOnlyThePartsTheCheckCouldTell() throws Exception {
		// a file that tells neither enterprise nor period starts with what it has
		assertThat(subtitle(page(upload("obs-clerk", "OBS-1958-10.xlsx", PDF), "obs-clerk"))).startsWith("checked ")
			.doesNotContain("·");
		String clean = upload("obs-clerk", "OBS-1958-09.xlsx", bytes(FinanceWorkbooks.obsWorkbook(temp, "1958-09")));
		assertThat(subtitle(page(clean, "obs-clerk"))).matches("OBS · 1958-09 · \\d+ data rows · checked [-0-9: ]+");
	}

	@Test
	void aSubmittedWorkbookKeepsItsNameAndShowsWhatTheNightMadeOfIt() throws Exception {
		byte[] november = bytes(FinanceWorkbooks.obsWorkbook(temp, "1958-11"));
		String location = upload("obs-clerk", "OBS november (final).xlsx", november);
		mvc.perform(post(location + "/submit").with(as("obs-clerk")).with(csrf())).andExpect(redirectedUrl("/submissions"));
		assertThat(page(location, "obs-clerk")).contains("waits in the inbox");
		assertThat(page("/submissions", "obs-clerk")).contains("OBS november (final).xlsx");
		// sent twice before the night: the second check says the first one waits
		assertThat(page(upload("obs-clerk", "copy.xlsx", november), "obs-clerk"))
			.contains("waits in the inbox already (sent as OBS november (final).xlsx)");

		consolidate();
		assertThat(page(location, "obs-clerk")).doesNotContain("waits in the inbox").contains("Loaded as version 1 of OBS 1958-11");
		String log = page("/submissions", "obs-clerk");
		assertThat(log).contains("OBS november (final).xlsx").doesNotContain(">OBS-1958-11-");
		long id = currentSubmissionId("OBS", "1958-11");
		assertThat(page("/submissions/" + id, "obs-clerk")).contains("OBS november (final).xlsx");

		// the very same workbook sent again under another name: the night does not store it, the clerk sees why
		String again = upload("obs-clerk", "november again.xlsx", november);
		assertThat(page(again, "obs-clerk")).contains("consolidated before (as OBS november (final).xlsx)");
		mvc.perform(post(again + "/submit").with(as("obs-clerk")).with(csrf())).andExpect(redirectedUrl("/submissions"));
		consolidate();
		assertThat(currentSubmissionId("OBS", "1958-11")).isEqualTo(id);
		assertThat(page(again, "obs-clerk")).contains("Identical to version 1 of OBS 1958-11 received ")
			.contains("not stored again");
		assertThat(page("/submissions", "obs-clerk")).contains("november again.xlsx")
			.contains("Identical to version 1 of OBS 1958-11 received ");
	}

	@Test
	void templatesAreRefusedForFutureMonthsAndUnknownEnterprises() throws Exception {
		YearMonth now = YearMonth.now();
		MvcResult future = mvc.perform(get("/submissions/template").param("enterprise", "OBS")
			.param("period", now.plusMonths(1).toString())
			.with(as("obs-clerk"))).andExpect(status().isBadRequest()).andReturn();
		assertThat(said(future)).contains("lies in the future").contains(now.toString());
		MvcResult unknown = mvc.perform(get("/submissions/template").param("enterprise", "XXX")
			.param("period", "1959-10")
			.with(as("obs-clerk"))).andExpect(status().isBadRequest()).andReturn();
		assertThat(said(unknown)).contains("no enterprise XXX");
		mvc.perform(get("/submissions/template").param("enterprise", "OBS").param("period", now.toString())
			.with(as("obs-clerk"))).andExpect(status().isOk());
		// the form offers no month after this one
		assertThat(page("/submissions", "obs-clerk")).contains("max=\"" + now + "\"");
	}

	private String upload(String username, String name, byte[] content) throws Exception {
		return mvc.perform(multipart("/submissions/checks")
			.file(new MockMultipartFile("file", name, null, content))
			.with(as(username))
			.with(csrf())).andReturn().getResponse().getRedirectedUrl();
	}

	private String page(String path, String username) throws Exception {
		return mvc.perform(get(path).with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private void consolidate() throws Exception {
		assertThat(launches.start("consolidation", Map.of()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	/** The check page's lead line as a reader sees it. */
	private static String subtitle(String page) {
		Matcher lead = Pattern.compile("<p class=\"lead\"[^>]*>(.*?)</p>", Pattern.DOTALL).matcher(page);
		assertThat(lead.find()).isTrue();
		return lead.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
	}

	/** What a refusal says, whether as the response's reason or as a rendered page. */
	private static String said(MvcResult result) throws Exception {
		return Objects.toString(result.getResponse().getErrorMessage(), "") + " "
				+ result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
