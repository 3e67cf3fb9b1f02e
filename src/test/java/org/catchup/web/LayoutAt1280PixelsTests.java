package org.catchup.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pages on an ordinary 1,280 × 900 screen, in headless Chromium. The jobs page: long
 * parameters, dates, a long failure and the buttons all fit without a horizontal scroll bar
 * (screenshot: /tmp/jobs-1280.png). The figures page of a long, partial month: its notice
 * first, one page of teams (screenshot: /tmp/figures-1280.png).
 */
class LayoutAt1280PixelsTests extends FewMonthsWebTestSupport {

	private static final String LONG_FAILURE = "Cannot read the reference workbook "
			+ "/srv/catchup/reference-uploads/planning-office/Referenzdaten_Planjahr_1959_endgueltig_Fassung_vom_1959-01-03.xlsx: "
			+ "the sheet AnnualPlan names the enterprise XXX, which the sheet Enterprises does not list";

	@LocalServerPort
	int port;

	@TempDir
	Path temp;

	private WebDriver browser;

	@BeforeEach
	void openBrowser() throws Exception {
		browser = HeadlessChromium.open(temp.resolve("profile"), 1280, 900, null);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theJobsTableFitsA1280PixelScreen() throws Exception {
		executionsOfEveryKind();
		signIn("night-operator");
		browser.get("http://localhost:" + port + "/jobs");
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("executions")).isEmpty());
		assertThat(browser.findElements(By.cssSelector("#executions tbody tr")).size()).isGreaterThanOrEqualTo(4);
		Files.write(Path.of("/tmp/jobs-1280.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

		JavascriptExecutor js = (JavascriptExecutor) browser;
		long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
		long clientWidth = (Long) js.executeScript("return document.documentElement.clientWidth");
		assertThat(scrollWidth).as("page width at a 1280-px window").isLessThanOrEqualTo(clientWidth);
		for (WebElement button : browser.findElements(By.cssSelector("#executions button"))) {
			long right = (Long) js.executeScript("return Math.ceil(arguments[0].getBoundingClientRect().right)", button);
			assertThat(right).as(button.getText() + " inside the window").isLessThanOrEqualTo(clientWidth);
		}
		// a date stays on one line
		WebElement started = browser.findElement(By.cssSelector("#executions tbody tr td:nth-child(5)"));
		long lines = (Long) js.executeScript("const r = document.createRange(); r.selectNodeContents(arguments[0]);"
				+ " return new Set(Array.from(r.getClientRects()).map(b => Math.round(b.top))).size;", started);
		assertThat(started.getText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
		assertThat(lines).as("lines of " + started.getText()).isLessThanOrEqualTo(1);
	}

	@Test
	void theFiguresPageOfALongPartialMonthShowsItsNoticeAndOnePageOfTeams() throws Exception {
		signIn("committee-member");
		browser.get("http://localhost:" + port + "/figures/" + BIG_MONTH);
		assertThat(browser.findElement(By.id("notice")).getText()).startsWith("Preliminary: 5 of 6 submissions");
		assertThat(browser.findElements(By.cssSelector("#teams tbody tr"))).hasSize(100);
		JavascriptExecutor js = (JavascriptExecutor) browser;
		long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
		long clientWidth = (Long) js.executeScript("return document.documentElement.clientWidth");
		assertThat(scrollWidth).isLessThanOrEqualTo(clientWidth);
		Files.write(Path.of("/tmp/figures-1280.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	@Test
	void theGermanPagesFitA1280PixelScreenToo() throws Exception {
		executionsOfEveryKind();
		// an administrator sees every menu entry, and the jobs page's longest German buttons
		signIn("administrator");
		browser.get("http://localhost:" + port + "/jobs?lang=de");
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("executions")).isEmpty());
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Jobs");
		assertThat(browser.findElement(By.cssSelector("#executions th:nth-child(10)")).getText()).isEqualTo("Fortschritt / Fehler");
		Files.write(Path.of("/tmp/jobs-1280.de.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		JavascriptExecutor js = (JavascriptExecutor) browser;
		long clientWidth = (Long) js.executeScript("return document.documentElement.clientWidth");
		assertThat((Long) js.executeScript("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(clientWidth);
		for (WebElement button : browser.findElements(By.cssSelector("#executions button"))) {
			long right = (Long) js.executeScript("return Math.ceil(arguments[0].getBoundingClientRect().right)", button);
			assertThat(right).as(button.getText() + " inside the window").isLessThanOrEqualTo(clientWidth);
		}
		// the header keeps to one line: menu, name, sign-out and the language switch
		long header = (Long) js.executeScript("return Math.round(document.querySelector('header.top').getBoundingClientRect().height)");
		assertThat(header).as("header height").isLessThan(60);
		browser.get("http://localhost:" + port + "/figures/" + BIG_MONTH);
		assertThat(browser.findElement(By.id("notice")).getText()).startsWith("Vorläufig: 5 von 6 Einreichungen");
		assertThat((Long) js.executeScript("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(clientWidth);
		Files.write(Path.of("/tmp/figures-1280.de.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	/** Completed runs with long parameters, one failed with a long message, one still running. */
	private void executionsOfEveryKind() throws Exception {
		for (int run = 0; run < 3; run++) {
			launches.start("consolidation", Map.of());
		}
		long failed = latestExecution();
		jdbc.sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED', EXIT_MESSAGE = :m "
				+ "WHERE JOB_EXECUTION_ID = :id").param("m", LONG_FAILURE).param("id", failed).update();
		launches.start("consolidation", Map.of());
		long running = latestExecution();
		jdbc.sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL "
				+ "WHERE JOB_EXECUTION_ID = :id").param("id", running).update();
	}

	private long latestExecution() {
		return jdbc.sql("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION").query(Long.class).single();
	}

	private void signIn(String username) {
		HeadlessChromium.signIn(browser, port, username, PASSWORD);
	}

}
