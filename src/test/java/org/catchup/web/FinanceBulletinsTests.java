package org.catchup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;

import org.catchup.jobs.JobAlreadyRunningException;
import org.catchup.web.security.CatchUpUser;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Finance staff see and download their own enterprise's bulletin, and no other. */
class FinanceBulletinsTests extends WebTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void aClerkDownloadsTheBulletinOfTheirEnterpriseOnlyFromMySubmissions() throws Exception {
		assertThat(bulletinOfObsInAugust().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		mvc.perform(get("/submissions").with(as("obs-clerk")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/submissions/bulletins/bulletin-1959-08-OBS.pdf")));
		byte[] pdf = mvc.perform(get("/submissions/bulletins/bulletin-1959-08-OBS.pdf").with(as("obs-clerk")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		mvc.perform(get("/submissions").with(as("klh-clerk")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("bulletin-1959-08-OBS"))));
		mvc.perform(get("/submissions/bulletins/bulletin-1959-08-OBS.xlsx").with(as("klh-clerk")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/submissions/bulletins/bulletin-1959-08.pdf").with(as("obs-clerk")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/submissions/bulletins/{name}", "catchup.mv.db").with(as("obs-clerk")))
			.andExpect(status().isNotFound());
	}

	/** Another test of this shared application may still be rendering a bulletin: wait for its lock. */
	private JobExecution bulletinOfObsInAugust() throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (true) {
			try {
				return launches.start("bulletin", Map.of("month", "1959-08", "scope", "OBS"));
			}
			catch (JobAlreadyRunningException ex) {
				if (System.nanoTime() > deadline) {
					throw ex;
				}
				Thread.sleep(500);
			}
		}
	}

	private RequestPostProcessor as(String username) {
		return user((CatchUpUser) users.loadUserByUsername(username));
	}

}
