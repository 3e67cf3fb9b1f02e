package org.catchup.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.catchup.web.WebTestSupport;
import org.catchup.web.security.CatchUpUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A refused reference workbook comes back to the administrator as a list of sheet, cell and sentence. */
class ReferenceUploadTests extends WebTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void aRejectedReferenceWorkbookListsItsProblemsBySheetAndCell() throws Exception {
		int loadsBefore = jdbc.sql("SELECT COUNT(*) FROM reference_load").query(Integer.class).single();
		MockMultipartFile workbook = new MockMultipartFile("file", "plan 1960.xlsx", null, withUnknownIndicator());
		MvcResult upload = mvc.perform(multipart("/admin/reference").file(workbook)
			.with(user((CatchUpUser) users.loadUserByUsername("administrator")))
			.with(csrf())).andExpect(redirectedUrl("/admin/reference")).andReturn();

		String page = mvc.perform(get("/admin/reference")
			.session((MockHttpSession) upload.getRequest().getSession())
			.flashAttrs(upload.getFlashMap())
			.with(user((CatchUpUser) users.loadUserByUsername("administrator")))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Not loaded: plan 1960.xlsx has 1 problem")
			.containsPattern("<td>AnnualPlan</td>\\s*<td>[A-Z]+2</td>\\s*<td>[^<]*NOPE[^<]*</td>");
		assertThat(page).doesNotContain("Exception").doesNotContain("rejected, nothing changed (");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM reference_load").query(Integer.class).single()).isEqualTo(loadsBefore);
	}

	/** The sample reference workbook with the first annual plan's indicator changed to one nobody defines. */
	private static byte[] withUnknownIndicator() throws Exception {
		try (InputStream in = Files.newInputStream(SAMPLE_INPUT.resolve("reference-data.xlsx"));
				Workbook workbook = WorkbookFactory.create(in); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet plans = workbook.getSheet("AnnualPlan");
			int column = -1;
			for (Cell cell : plans.getRow(0)) {
				if (cell.getStringCellValue().equalsIgnoreCase("indicator")) {
					column = cell.getColumnIndex();
				}
			}
			Row first = plans.getRow(1);
			first.getCell(column).setCellValue("NOPE");
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
