package org.catchup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.catchup.web.security.CatchUpUser;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.server.ResponseStatusException;

/** The committee's month page and the figures API: partial months, empty months, long lists, bad addresses. */
class FiguresPageTests extends FewMonthsWebTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	private RequestPostProcessor committee() {
		return user((CatchUpUser) users.loadUserByUsername("committee-member"));
	}

	private Page page(String path) throws Exception {
		return new Page(mvc.perform(get(path).with(committee()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** Just enough of an HTML reader for these pages, whose markup the templates fix. */
	private record Page(String html) {

		/** The element with this id, from its start tag to the first closing tag of its kind; null when absent. */
		String element(String id) {
			int attribute = html.indexOf(" id=\"" + id + "\"");
			if (attribute < 0) {
				return null;
			}
			int start = html.lastIndexOf('<', attribute);
			String tag = html.substring(start + 1, attribute);
			int end = html.indexOf("</" + tag + ">", attribute);
			return html.substring(start, end + tag.length() + 3);
		}

		String text(String id) {
			String element = element(id);
			return element == null ? null : strip(element);
		}

		int rows(String tableId) {
			String table = element(tableId);
			String body = table.substring(table.indexOf("<tbody>"));
			return body.split("<tr", -1).length - 1;
		}

		/** Every pager line of the page, as text, and its links' addresses. */
		String pagers() {
			StringBuilder all = new StringBuilder();
			int at = 0;
			while ((at = html.indexOf("<p class=\"pager\"", at)) >= 0) {
				int end = html.indexOf("</p>", at);
				all.append(html, at, end).append("\n");
				at = end;
			}
			return all.toString();
		}

		String text() {
			return strip(html);
		}

		private static String strip(String markup) {
			return markup.replaceAll("<[^>]+>", " ")
				.replace("&lt;", "<")
				.replace("&gt;", ">")
				.replace("&quot;", "\"")
				.replace("&#39;", "'")
				.replace("&amp;", "&")
				.replaceAll("\\s+", " ")
				.strip();
		}

	}

	@Test
	void aPartialMonthSaysWhoIsMissingAndMarksTheRankingPreliminary() throws Exception {
		Page october = page("/figures/" + PARTIAL_MONTH);
		assertThat(october.text("notice"))
			.startsWith("Preliminary: 5 of 6 submissions are missing for October 1959")
			.contains("ABH August-Bebel-Hütte", "FORT Schacht Fortschritt", "KLH Karl-Liebknecht-Hütte",
					"NRB Schacht Niederröblingen", "THAE Thälmann-Schacht");
		assertThat(october.text("ranking-title")).isEqualTo("Ranking (preliminary)");
		assertThat(october.text("ranking")).contains("BBM", "100.9 %");
	}

	@Test
	void aMonthWithoutDataSaysSoAndJudgesNoTeam() throws Exception {
		Page november = page("/figures/" + EMPTY_MONTH);
		assertThat(november.text("notice"))
			.startsWith("No data for November 1959: none of the 6 submissions has been loaded");
		assertThat(november.text()).doesNotContain("met its plan", "Teams needing help", "Hidden laggards",
				"Assistance pairs");
		assertThat(november.element("ranking")).isNull();
		assertThat(november.html()).doesNotContain("class=\"tiles\"");
	}

	@Test
	void theApiSaysTheMonthIsPreliminaryAndWhoIsMissing() throws Exception {
		mvc.perform(get("/api/figures/" + PARTIAL_MONTH).with(httpBasic("committee-member", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hasData").value(true))
			.andExpect(jsonPath("$.preliminary").value(true))
			.andExpect(jsonPath("$.notice", Matchers.startsWith("Preliminary: 5 of 6")))
			.andExpect(jsonPath("$.missingSubmissions[*].enterpriseCode",
					Matchers.contains("ABH", "FORT", "KLH", "NRB", "THAE")))
			.andExpect(jsonPath("$.missingSubmissions[0].status").value("MISSING"));
		mvc.perform(get("/api/figures/" + EMPTY_MONTH).with(httpBasic("committee-member", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hasData").value(false))
			.andExpect(jsonPath("$.preliminary").value(false))
			.andExpect(jsonPath("$.notice", Matchers.startsWith("No data for November 1959")))
			.andExpect(jsonPath("$.missingSubmissions.length()").value(6));
	}

	@Test
	void aLongMonthShowsOnePageOfTeamsAtATime() throws Exception {
		Page first = page("/figures/" + BIG_MONTH);
		assertThat(first.rows("teams")).isEqualTo(100);
		assertThat(first.pagers()).contains("Rows 1–100 of " + BIG_MONTH_TEAMS, "page 1 of 13");
		assertThat(first.pagers()).contains("rel=\"next\" href=\"/figures/" + BIG_MONTH + "?page=2\"");
		// the month's summary stays whole
		assertThat(first.text()).contains("Teams needing help " + BIG_MONTH_TEAMS);

		Page last = page("/figures/" + BIG_MONTH + "?page=13");
		assertThat(last.rows("teams")).isEqualTo(BIG_MONTH_TEAMS - 1_200);
		assertThat(last.pagers()).doesNotContain("rel=\"next\"");

		Page large = page("/figures/" + BIG_MONTH + "?page=2&size=500");
		assertThat(large.rows("teams")).isEqualTo(500);
		assertThat(large.pagers()).contains("rel=\"next\" href=\"/figures/" + BIG_MONTH + "?page=3&amp;size=500\"");
	}

	@Test
	void nonsenseInTheAddressIsRefusedWithASentence() throws Exception {
		for (List<String> call : List.of(List.of("/figures/abc", "'abc' is not a month"),
				List.of("/figures/1959-13", "'1959-13' is not a month"),
				List.of("/figures/2099-01", "2099-01 is in the future"),
				List.of("/figures?month=2099-01", "2099-01 is in the future"),
				List.of("/figures/" + BIG_MONTH + "?page=abc", "'abc' is not a page"),
				List.of("/figures/" + BIG_MONTH + "?page=0", "'0' is not a page"),
				List.of("/figures/" + BIG_MONTH + "?page=14", "There is no page 14"),
				List.of("/figures/" + BIG_MONTH + "?size=100000", "'100000' is not a size: give a whole number from 1 to 500."),
				List.of("/figures/" + BIG_MONTH + "?size=-5", "'-5' is not a size"))) {
			MvcResult result = mvc.perform(get(call.get(0)).with(committee())).andReturn();
			assertThat(result.getResponse().getStatus()).as(call.get(0)).isEqualTo(400);
			assertThat(result.getResolvedException()).as(call.get(0)).isInstanceOf(ResponseStatusException.class);
			assertThat(((ResponseStatusException) result.getResolvedException()).getReason()).as(call.get(0))
				.startsWith(call.get(1));
		}
		mvc.perform(get("/api/figures/2099-01").with(httpBasic("committee-member", PASSWORD)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/figures/abc").with(httpBasic("committee-member", PASSWORD)))
			.andExpect(status().isBadRequest());
	}

}
