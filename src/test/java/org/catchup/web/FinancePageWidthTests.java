package org.catchup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.catchup.web.security.CatchUpUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A file name of 300 characters without a space, as a browser may send it, on every finance
 * page that shows it, in headless Chromium 1,280 px wide: the name wraps, the page never
 * scrolls sideways.
 */
class FinancePageWidthTests extends WebTestSupport {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final String LONG_NAME = "OBS-Monatsbericht-Dezember-1958-" + "x".repeat(263) + ".xlsx";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@TempDir
	Path temp;

	private WebDriver browser;

	@BeforeEach
	void openBrowser() throws IOException {
		browser = HeadlessChromium.open(temp.resolve("profile"), 1280, 900, null);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aThreeHundredCharacterFileNameNeverWidensAFinancePage() throws Exception {
		assertThat(LONG_NAME).hasSize(300);
		String broken = upload(LONG_NAME, bytes(SAMPLE_INPUT.resolve("broken/BROKEN-unknown-indicator.xlsx")));
		// whole-file errors name the file in their sentence
		String notAWorkbook = upload(LONG_NAME, "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		String clean = upload(LONG_NAME, bytes(FinanceWorkbooks.obsWorkbook(temp, "1958-12")));
		mvc.perform(post(clean + "/submit").with(user((CatchUpUser) users.loadUserByUsername("obs-clerk"))).with(csrf()));

		signIn("obs-clerk");
		assertNoSidewaysScroll(broken, "finance-long-name-errors");
		assertNoSidewaysScroll(notAWorkbook, "finance-long-name-not-a-workbook");
		assertNoSidewaysScroll(clean, "finance-long-name-submitted");
		assertNoSidewaysScroll("/submissions", "finance-long-name-waiting");

		assertThat(launches.start("consolidation", Map.of()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertNoSidewaysScroll(clean, "finance-long-name-loaded");
		assertNoSidewaysScroll("/submissions", "finance-long-name-log");
		assertNoSidewaysScroll("/submissions/" + currentSubmissionId("OBS", "1958-12"), "finance-long-name-version");
	}

	private String upload(String name, byte[] content) throws Exception {
		return mvc.perform(multipart("/submissions/checks")
			.file(new MockMultipartFile("file", name, null, content))
			.with(user((CatchUpUser) users.loadUserByUsername("obs-clerk")))
			.with(csrf())).andReturn().getResponse().getRedirectedUrl();
	}

	private void signIn(String username) {
		HeadlessChromium.signIn(browser, port, username, PASSWORD);
	}

	/** Also leaves a screenshot in target/screenshots for a person to look at. */
	private void assertNoSidewaysScroll(String path, String screenshot) throws IOException {
		browser.get("http://localhost:" + port + path);
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve(screenshot + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		assertThat(browser.getPageSource()).as(path).contains(LONG_NAME.substring(0, 40));
		JavascriptExecutor js = (JavascriptExecutor) browser;
		long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
		long clientWidth = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
		assertThat(clientWidth).as("viewport of %s", path).isLessThanOrEqualTo(1280);
		assertThat(scrollWidth).as("width of %s", path).isLessThanOrEqualTo(clientWidth);
	}

}
