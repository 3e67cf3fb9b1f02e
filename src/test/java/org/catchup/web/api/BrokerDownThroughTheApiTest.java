package org.catchup.web.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.catchup.consolidation.remote.BrokerUnreachableException;
import org.catchup.jobs.JobLaunches;
import org.catchup.web.jobs.Executions;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** A remote night whose broker is down, asked for through the API: 503 with the sentence, no 500. */
class BrokerDownThroughTheApiTest {

	@Test
	void aRemoteNightWhoseBrokerIsDownIsServiceUnavailableSayingWhichBroker() throws Exception {
		JobLaunches launches = mock(JobLaunches.class);
		when(launches.jobNames()).thenReturn(Set.of("consolidation"));
		String sentence = "Catch-Up cannot reach the RabbitMQ broker at amqp://127.0.0.1:5672 (Connection refused); "
				+ "the night did not start: no run was recorded and no file was moved.";
		when(launches.startInBackground(eq("consolidation"), any()))
			.thenThrow(new BrokerUnreachableException(sentence, null));
		MockMvc mvc = MockMvcBuilders.standaloneSetup(new JobsApiController(mock(Executions.class), launches)).build();

		mvc.perform(post("/api/jobs/consolidation").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Broker unreachable"))
			.andExpect(jsonPath("$.detail").value(sentence));
	}

}
