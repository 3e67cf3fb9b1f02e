package org.catchup.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The committee agrees an offered pair on September 1959's page in one click, in headless
 * Chromium: the help is registered from October with who agreed it, and the page then shows the
 * pair as agreed and the register lists it (screenshots: target/screenshots/committee-agreed.png,
 * assistance-register.png).
 */
class AgreeInTheBrowserTests extends WebTestSupport {

	@LocalServerPort
	int port;

	@TempDir
	Path temp;

	private WebDriver browser;

	@BeforeEach
	void openBrowser() throws Exception {
		jdbc.sql("DELETE FROM assistance_change").update();
		jdbc.sql("DELETE FROM assistance").update();
		browser = HeadlessChromium.open(temp.resolve("profile"), 1280, 1400, null);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theCommitteeAgreesAnOfferedPairFromTheMonthPage() throws Exception {
		HeadlessChromium.signIn(browser, port, "committee-member", PASSWORD);
		browser.get("http://localhost:" + port + "/figures/1959-09");
		WebElement firstPair = browser.findElement(By.cssSelector("#pairs tbody tr"));
		String helped = firstPair.findElement(By.cssSelector("input[name=helpedTeam]")).getAttribute("value");
		String helper = firstPair.findElement(By.cssSelector("input[name=helperTeam]")).getAttribute("value");

		firstPair.findElement(By.cssSelector("form.agree button")).click();

		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(d -> d.findElement(By.cssSelector(".flash")).getText().startsWith("Agreed"));
		assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("from 1959-10");
		assertThat(browser.findElement(By.cssSelector("#pairs tbody tr")).getText()).contains("agreed");
		Files.createDirectories(Path.of("target/screenshots"));
		Files.write(Path.of("target/screenshots/committee-agreed.png"),
				((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		browser.get("http://localhost:" + port + "/assistance");
		assertThat(browser.findElement(By.id("pairs")).getText()).contains(helped).contains("1959-10").contains("ongoing");
		Files.write(Path.of("target/screenshots/assistance-register.png"),
				((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		assertThat(jdbc.sql("""
				SELECT helped_team_code || ' ' || helper_team_code || ' ' || from_period || ' ' || created_by
				FROM assistance""").query(String.class).single())
			.isEqualTo(helped + " " + helper + " 1959-10 committee-member");
	}

}
