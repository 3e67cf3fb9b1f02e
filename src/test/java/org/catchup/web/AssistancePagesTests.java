package org.catchup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.catchup.web.security.CatchUpUser;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The assistance register on the pages and the API: who may write, agree in one click, refusals. */
class AssistancePagesTests extends WebTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	private String fortTeam;

	private String obsTeam;

	@BeforeEach
	void emptyRegister() {
		jdbc.sql("DELETE FROM assistance_change").update();
		jdbc.sql("DELETE FROM assistance").update();
		fortTeam = firstTeam("FORT");
		obsTeam = firstTeam("OBS");
	}

	@Test
	void financeStaffAndOperatorsCannotWriteTheRegister() throws Exception {
		mvc.perform(post("/assistance/agree").with(as("obs-clerk")).with(csrf()).param("helperEnterprise", "FORT")
			.param("helperTeam", fortTeam).param("helpedEnterprise", "OBS").param("helpedTeam", obsTeam)
			.param("month", "1959-09")).andExpect(status().isForbidden());
		mvc.perform(post("/assistance").with(as("night-operator")).with(csrf()).param("helper", "FORT/" + fortTeam)
			.param("helped", "OBS/" + obsTeam).param("from", "1959-10")).andExpect(status().isForbidden());
		mvc.perform(get("/assistance").with(as("night-operator"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/assistance").with(httpBasic("obs-clerk", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(pairJson("1959-10"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/assistance").with(httpBasic("night-operator", PASSWORD)))
			.andExpect(status().isForbidden());
		assertThat(count()).isZero();
	}

	@Test
	void theCommitteeAgreesAnOfferedPairInOneClickFromTheMonthAfter() throws Exception {
		mvc.perform(post("/assistance/agree").with(as("committee-member")).with(csrf())
			.param("helperEnterprise", "FORT").param("helperTeam", fortTeam).param("helpedEnterprise", "OBS")
			.param("helpedTeam", obsTeam).param("month", "1959-09"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/figures/1959-09#pairs"))
			.andExpect(flash().attribute("message", Matchers.containsString("from 1959-10")));

		assertThat(jdbc.sql("SELECT from_period || ' ' || created_by FROM assistance").query(String.class).single())
			.isEqualTo("1959-10 committee-member");
		mvc.perform(get("/assistance").with(as("committee-member")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("FORT · " + fortTeam)));
	}

	@Test
	void theApiRegistersEndsAndRefusesWithAReasonPerField() throws Exception {
		String created = mvc.perform(post("/api/assistance").with(httpBasic("committee-member", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(pairJson("1959-08")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.from").value("1959-08"))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();

		mvc.perform(patch("/api/assistance/" + id).with(httpBasic("committee-member", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"1959-07\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("To"))
			.andExpect(jsonPath("$.violations[0].code").value("TO_BEFORE_FROM"));
		mvc.perform(patch("/api/assistance/" + id).with(httpBasic("committee-member", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"1959-12\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.to").value("1959-12"));
		mvc.perform(patch("/api/assistance/" + (id + 1000)).with(httpBasic("committee-member", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"1959-12\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/assistance").with(httpBasic("committee-member", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"helperEnterprise\":\"FORT\",\"helperTeam\":\"NOBODY\",\"helpedEnterprise\":\"XXX\","
					+ "\"helpedTeam\":\"B1\",\"from\":\"Sept\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].code").value("MALFORMED_PERIOD"));

		mvc.perform(get("/api/assistance/" + id).with(httpBasic("obs-clerk", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.history[*].action").value(Matchers.contains("ADDED", "ENDED")));
		mvc.perform(get("/api/assistance").with(httpBasic("klh-clerk", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isEmpty());
		mvc.perform(get("/api/assistance/" + id).with(httpBasic("klh-clerk", PASSWORD)))
			.andExpect(status().isForbidden());
	}

	private String pairJson(String from) {
		return "{\"helperEnterprise\":\"FORT\",\"helperTeam\":\"" + fortTeam + "\",\"helpedEnterprise\":\"OBS\","
				+ "\"helpedTeam\":\"" + obsTeam + "\",\"from\":\"" + from + "\"}";
	}

	private String firstTeam(String enterprise) {
		return jdbc.sql("SELECT MIN(team_code) FROM team WHERE enterprise_code = :e")
			.param("e", enterprise)
			.query(String.class)
			.single();
	}

	private int count() {
		return jdbc.sql("SELECT COUNT(*) FROM assistance").query(Integer.class).single();
	}

	private RequestPostProcessor as(String username) {
		return user((CatchUpUser) users.loadUserByUsername(username));
	}

}
