package org.catchup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.catchup.submission.ContentHash;
import org.catchup.warehouse.SubmissionRepository;
import org.catchup.web.finance.CheckedUpload;
import org.catchup.web.finance.ProblemRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A workbook is checked the same way wherever it comes in: the upload page, the JSON API and the
 * nightly consolidation find the same problems, in the same order, for the same broken file.
 */
class SameCheckOnEveryPathTests extends WebTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	SubmissionRepository submissions;

	@Autowired
	UserDetailsService users;

	@Value("${catchup.uploads:${catchup.data-dir}/uploads}")
	Path uploads;

	@TempDir
	Path folder;

	@Test
	void uploadPageApiAndNightFindTheSameProblems() throws Exception {
		Path broken = brokenObsWorkbook(folder);
		MockMultipartFile file = new MockMultipartFile("file", broken.getFileName().toString(), null, bytes(broken));

		List<ProblemRow> page = throughTheUploadPage(file);
		List<ProblemRow> api = throughTheApi(file);
		List<ProblemRow> night = throughTheNight(broken);

		assertThat(page).extracting(ProblemRow::code)
			.contains("UNKNOWN_INDICATOR", "AMBIGUOUS_NUMBER", "NUMBER_AS_TEXT", "TEAM_NAME_CHANGED", "NEW_TEAM");
		assertThat(api).isEqualTo(page);
		assertThat(night).isEqualTo(page);
	}

	private List<ProblemRow> throughTheUploadPage(MockMultipartFile file) throws Exception {
		String location = mvc
			.perform(multipart("/submissions/checks").file(file).with(user(users.loadUserByUsername("obs-clerk")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String token = location.substring(location.lastIndexOf('/') + 1);
		return json.readValue(uploads.resolve(token).resolve("check.json").toFile(), CheckedUpload.class).problems();
	}

	private List<ProblemRow> throughTheApi(MockMultipartFile file) throws Exception {
		String body = mvc
			.perform(multipart("/api/submissions").file(file)
				.param("dryRun", "true")
				.with(httpBasic("obs-clerk", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode problems = json.readTree(body).get("problems");
		return Arrays.asList(json.treeToValue(problems, ProblemRow[].class));
	}

	/** The night, on an inbox of its own so that no other test's file is consolidated with it. */
	private List<ProblemRow> throughTheNight(Path broken) throws Exception {
		Path inbox = Files.createDirectories(properties.inbox().resolve("same-check"));
		Files.copy(broken, inbox.resolve(broken.getFileName()));
		assertThat(launches.start("consolidation", Map.of("inbox", inbox.toString())).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		long id = jdbc.sql("SELECT id FROM submission WHERE content_hash = :hash")
			.param("hash", ContentHash.of(broken))
			.query(Long.class)
			.single();
		return submissions.problems(id).stream().map(ProblemRow::of).toList();
	}

	/**
	 * OBS's September workbook with errors and with warnings that need the team history: a renamed
	 * team (C7), a team never seen (B8), an unknown indicator (D9), an ambiguous plan (E10), an
	 * actual typed as text (F11).
	 */
	private static Path brokenObsWorkbook(Path folder) throws Exception {
		Path broken = folder.resolve("OBS-1959-09-broken.xlsx");
		try (InputStream in = Files.newInputStream(SAMPLE_INPUT.resolve("submissions/1959-09/OBS-1959-09.xlsx"));
				Workbook workbook = WorkbookFactory.create(in); OutputStream out = Files.newOutputStream(broken)) {
			Sheet sheet = workbook.getSheetAt(0);
			Row kaiser = sheet.getRow(6);
			assertThat(kaiser.getCell(2).getStringCellValue()).isEqualTo("Kaiser");
			kaiser.getCell(2).setCellValue("Kaiser-Nord");
			sheet.getRow(7).getCell(1).setCellValue("OB-99");
			sheet.getRow(8).getCell(3).setCellValue("KUPFER");
			sheet.getRow(9).getCell(4).setCellValue("1,234");
			sheet.getRow(10).getCell(5).setCellValue("51,5");
			workbook.write(out);
		}
		return broken;
	}

}
