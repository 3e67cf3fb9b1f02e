package org.catchup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.catchup.jobs.JobAlreadyRunningException;
import org.catchup.web.security.CatchUpUser;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One run renders a month in both languages: the same figures and version, English files under
 * their usual names, German ones marked {@code .de}; the Excel workbooks differ only in what is
 * written for people.
 */
class BulletinLanguagesTests extends WebTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void oneRunRendersEachLanguageUnderItsOwnNameWithOneVersion() throws Exception {
		assertThat(bulletin(Map.of("month", "1959-07", "scope", "OBS", "locale", "en,de")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);

		Path folder = properties.bulletins();
		for (String name : List.of("bulletin-1959-07-OBS.pdf", "bulletin-1959-07-OBS.xlsx",
				"bulletin-1959-07-OBS.de.pdf", "bulletin-1959-07-OBS.de.xlsx")) {
			assertThat(folder.resolve(name)).as(name).isRegularFile();
		}
		assertThat(folder.resolve("bulletin-1959-07-OBS.en.pdf")).doesNotExist();
		assertThat(jdbc.sql("SELECT languages FROM bulletin_log WHERE period = '1959-07' AND scope = 'OBS'")
			.query(String.class)
			.list()).containsExactly("en,de");

		String english = text(folder.resolve("bulletin-1959-07-OBS.pdf"));
		String german = text(folder.resolve("bulletin-1959-07-OBS.de.pdf"));
		assertThat(english).contains("Plan fulfilment bulletin", "July 1959", "Otto-Brosowski-Schacht (OBS)");
		assertThat(german).contains("Bulletin zur Planerfüllung", "Juli 1959", "Otto-Brosowski-Schacht (OBS)",
				"Ausgabe", "Alle Brigaden").doesNotContain("July");
		assertThat(version(english, "(\\d+), generated")).isEqualTo(version(german, "(\\d+), erstellt"));
	}

	@Test
	void theExcelSheetsStayMachineReadableAndTheMonthIsADateShownInTheLanguage() throws Exception {
		assertThat(bulletin(Map.of("month", "1959-06", "scope", "KLH", "locale", "de,en")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		try (Workbook english = workbook("bulletin-1959-06-KLH.xlsx");
				Workbook german = workbook("bulletin-1959-06-KLH.de.xlsx")) {
			assertThat(sheetNames(german)).isEqualTo(sheetNames(english));
			for (int s = 0; s < english.getNumberOfSheets(); s++) {
				assertThat(header(german.getSheetAt(s))).as(english.getSheetAt(s).getSheetName())
					.isEqualTo(header(english.getSheetAt(s)));
			}
			Cell englishMonth = valueOf(english.getSheet("Headline"), "Month");
			Cell germanMonth = valueOf(german.getSheet("Headline"), "Month");
			assertThat(germanMonth.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1959, 6, 1));
			assertThat(germanMonth.getCellStyle().getDataFormatString()).isEqualTo("[$-407]mmmm yyyy");
			assertThat(englishMonth.getCellStyle().getDataFormatString()).isEqualTo("[$-409]mmmm yyyy");
			assertThat(valueOf(german.getSheet("Headline"), "Ranking").getStringCellValue())
				.isEqualTo("vollständig: jede Einreichung geladen");
			assertThat(valueOf(english.getSheet("Headline"), "Ranking").getStringCellValue())
				.isEqualTo("complete: every submission loaded");
			// numbers carry the same locale-neutral formats: the spreadsheet shows its own separator
			Sheet rankingDe = german.getSheet("Ranking");
			Sheet rankingEn = english.getSheet("Ranking");
			assertThat(rankingDe.getRow(1).getCell(6).getNumericCellValue())
				.isEqualTo(rankingEn.getRow(1).getCell(6).getNumericCellValue());
			assertThat(rankingDe.getRow(1).getCell(6).getCellStyle().getDataFormatString())
				.isEqualTo(rankingEn.getRow(1).getCell(6).getCellStyle().getDataFormatString());
		}
	}

	@Test
	void thePagesListEachLanguageAndAClerkDownloadsTheirGermanBulletin() throws Exception {
		assertThat(bulletin(Map.of("month", "1959-05", "scope", "OBS", "locale", "de")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		assertThat(properties.bulletins().resolve("bulletin-1959-05-OBS.pdf")).doesNotExist();
		String list = mvc.perform(get("/submissions").header("Accept-Language", "de").with(as("obs-clerk")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains("/submissions/bulletins/bulletin-1959-05-OBS.de.pdf", ">Deutsch<");
		byte[] pdf = mvc.perform(get("/submissions/bulletins/bulletin-1959-05-OBS.de.pdf").with(as("obs-clerk")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		mvc.perform(get("/submissions/bulletins/bulletin-1959-05-OBS.de.pdf").with(as("klh-clerk")))
			.andExpect(status().isForbidden());
		assertThat(mvc.perform(get("/bulletins").with(as("committee-member")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("bulletin-1959-05-OBS.de.xlsx");
	}

	/** Another test of this shared application may still be rendering a bulletin: wait for its lock. */
	private JobExecution bulletin(Map<String, String> parameters) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (true) {
			try {
				return launches.start("bulletin", parameters);
			}
			catch (JobAlreadyRunningException ex) {
				if (System.nanoTime() > deadline) {
					throw ex;
				}
				Thread.sleep(500);
			}
		}
	}

	private static int version(String text, String pattern) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(text);
		assertThat(m.find()).as(pattern).isTrue();
		return Integer.parseInt(m.group(1));
	}

	private static String text(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
			return new PDFTextStripper().getText(document);
		}
	}

	private Workbook workbook(String name) throws IOException {
		try (InputStream in = Files.newInputStream(properties.bulletins().resolve(name))) {
			return WorkbookFactory.create(in);
		}
	}

	private static List<String> sheetNames(Workbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		return names;
	}

	private static List<String> header(Sheet sheet) {
		List<String> header = new ArrayList<>();
		Row first = sheet.getRow(0);
		if (first != null) {
			first.forEach(cell -> header.add(cell.toString()));
		}
		return header;
	}

	/** The Headline sheet's value next to {@code label}. */
	private static Cell valueOf(Sheet headline, String label) {
		for (Row row : headline) {
			if (label.equals(row.getCell(0).getStringCellValue())) {
				return row.getCell(1);
			}
		}
		throw new AssertionError("no " + label + " in " + headline.getSheetName());
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return user((CatchUpUser) users.loadUserByUsername(username));
	}

}
