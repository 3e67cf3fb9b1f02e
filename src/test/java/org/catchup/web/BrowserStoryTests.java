package org.catchup.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The story in real headless Chromium: a finance clerk uploads a workbook with an
 * error, sees the cell, downloads the annotated copy, uploads the corrected one and submits
 * it; the operator runs the consolidation; the committee builds and downloads the PDF.
 * Screenshots of every page go to target/screenshots.
 */
class BrowserStoryTests extends WebTestSupport {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@TempDir
	Path temp;

	private WebDriver browser;

	private WebDriverWait wait;

	private Path downloads;

	@BeforeEach
	void openBrowser() throws IOException {
		downloads = Files.createDirectories(temp.resolve("downloads"));
		browser = HeadlessChromium.open(temp.resolve("profile"), 1280, 1400, downloads);
		wait = new WebDriverWait(browser, Duration.ofSeconds(60));
		// the executions page reloads itself when a run ends: an element may go stale between two looks
		wait.ignoring(StaleElementReferenceException.class);
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void financeUploadsFixesAndSubmitsTheOperatorConsolidatesTheCommitteeReads() throws Exception {
		// Finance staff of KLH: an upload with an error shows the cell and offers the marked copy.
		signIn("klh-clerk", "01-login");
		screenshot("01b-home");
		open("/submissions", "02-my-submissions");
		upload(SAMPLE_INPUT.resolve("broken/BROKEN-unknown-indicator.xlsx"));
		wait.until(d -> d.findElement(By.id("verdict")).getText().contains("cannot be submitted"));
		WebElement problems = browser.findElement(By.id("problems"));
		assertThat(problems.getText()).contains("Report!D9").contains("KUPFR");
		assertThat(browser.findElements(By.id("submit"))).isEmpty();
		screenshot("03-check-with-error");

		browser.findElement(By.id("annotated")).click();
		Path annotated = downloaded("BROKEN-unknown-indicator-checked.xlsx");
		try (InputStream in = Files.newInputStream(annotated); Workbook workbook = WorkbookFactory.create(in)) {
			assertThat(workbook.getSheet("Report").getRow(8).getCell(3).getCellComment()).isNotNull();
			assertThat(workbook.getSheet("Problems")).isNotNull();
		}

		// the corrected workbook goes up right from the check page
		upload(correctedKlhWorkbook(temp));
		wait.until(d -> d.findElement(By.id("verdict")).getText().contains("You can submit it"));
		screenshot("04-check-without-errors");
		browser.findElement(By.id("submit")).click();
		wait.until(d -> d.getPageSource().contains("Waiting for the next consolidation"));
		assertThat(browser.findElement(By.className("flash")).getText()).contains("Submitted");
		screenshot("05-submitted");
		signOut();

		// The operator runs the consolidation and watches it finish.
		signIn("night-operator", null);
		open("/jobs", null);
		browser.findElement(By.id("run-consolidation")).click();
		wait.until(d -> d.getCurrentUrl().endsWith("/jobs"));
		wait.until(d -> {
			String latest = d.findElement(By.cssSelector("#executions tbody tr")).getText();
			return latest.contains("consolidation") && latest.contains("COMPLETED");
		});
		screenshot("06-jobs-after-consolidation");
		browser.findElement(By.cssSelector("#executions tbody tr a")).click();
		wait.until(d -> d.getCurrentUrl().contains("/jobs/executions/"));
		screenshot("06b-execution");
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM submission WHERE enterprise_code = 'KLH' AND period = '1959-09'
				AND status = 'CURRENT'""").query(Integer.class).single()).isEqualTo(1);
		signOut();

		// The committee builds September's bulletin and downloads the PDF.
		signIn("committee-member", null);
		open("/bulletins", null);
		WebElement month = browser.findElement(By.id("build-month"));
		// a month input takes the month as typed in the browser's locale; set it as the page's script would
		((JavascriptExecutor) browser).executeScript("arguments[0].value = '1959-09'", month);
		browser.findElement(By.id("build")).click();
		wait.until(d -> {
			d.navigate().refresh();
			return !d.findElements(By.linkText("bulletin-1959-09.pdf")).isEmpty()
					&& !d.findElements(By.linkText("bulletin-1959-09.xlsx")).isEmpty();
		});
		screenshot("07-bulletins");
		browser.findElement(By.linkText("bulletin-1959-09.pdf")).click();
		Path pdf = downloaded("bulletin-1959-09.pdf");
		assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII))
			.isEqualTo("%PDF-");

		// the month page is long: a tall window shows all of it in one screenshot
		browser.manage().window().setSize(new Dimension(1280, 3000));
		open("/figures/1959-09", "08-figures-1959-09");
		browser.manage().window().setSize(new Dimension(1280, 1400));
		assertThat(browser.findElement(By.id("ranking")).getText()).contains("OBS");
		assertThat(browser.findElements(By.cssSelector(".chart polyline"))).isNotEmpty();
		signOut();

		signIn("administrator", null);
		open("/admin/users", "09-admin-users");
		assertThat(browser.findElement(By.id("users")).getText()).contains("klh-clerk").contains("KLH");
	}

	private void signIn(String username, String screenshot) throws IOException {
		open("/login", null);
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		if (screenshot != null) {
			screenshot(screenshot);
		}
		browser.findElement(By.id("sign-in")).click();
		wait.until(d -> d.getPageSource().contains("Welcome"));
	}

	private void signOut() {
		browser.findElement(By.cssSelector("header form button")).click();
		wait.until(d -> d.getCurrentUrl().contains("/login"));
	}

	private void open(String path, String screenshot) throws IOException {
		browser.get("http://localhost:" + port + path);
		if (screenshot != null) {
			screenshot(screenshot);
		}
	}

	private void upload(Path workbook) {
		String before = browser.getCurrentUrl();
		browser.findElement(By.id("upload-file")).sendKeys(workbook.toAbsolutePath().toString());
		browser.findElement(By.id("check-upload")).click();
		wait.until(d -> d.getCurrentUrl().contains("/submissions/checks/") && !d.getCurrentUrl().equals(before));
	}

	private Path downloaded(String name) {
		Path file = downloads.resolve(name);
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Files.isRegularFile(file) && !partial());
		return file;
	}

	private boolean partial() {
		try (Stream<Path> files = Files.list(downloads)) {
			List<String> names = files.map(f -> f.getFileName().toString()).toList();
			return names.stream().anyMatch(n -> n.endsWith(".crdownload"));
		}
		catch (IOException ex) {
			return true;
		}
	}

	private void screenshot(String name) throws IOException {
		Path target = SCREENSHOTS.resolve(name + ".png");
		Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

}
