package org.catchup.web.error;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.jayway.jsonpath.JsonPath;
import org.catchup.i18n.MessagesConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** A failure nobody foresaw: a generic sentence and a reference for the person, the same reference and the stack trace in the log. */
@ExtendWith(OutputCaptureExtension.class)
class ServerFailureAnswerTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
		.setControllerAdvice(new ErrorAdvice(new Problems(DataSize.ofMegabytes(50), MessagesConfiguration.bundles())))
		.build();

	@RestController
	static class Failing {

		@GetMapping({ "/api/broken", "/broken" })
		String broken() {
			throw new IllegalStateException("secret internals: table xyz is locked");
		}

	}

	@Test
	void theApiGetsAProblemWithAReferenceThatTheLogRepeatsWithTheStackTrace(CapturedOutput output) throws Exception {
		ListAppender<ILoggingEvent> logged = new ListAppender<>();
		logged.start();
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.addAppender(logged);
		MvcResult result;
		try {
			result = mvc.perform(get("/api/broken"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(Matchers.startsWith("Something went wrong on the server")))
			.andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString("secret internals"))))
			.andReturn();
		}
		finally {
			root.detachAppender(logged);
		}
		String reference = JsonPath.read(result.getResponse().getContentAsString(), "$.reference");
		assertThat(reference).matches("[0-9a-f]{8}");
		assertThat(output.getAll()).contains("reference " + reference).contains("secret internals");
		// the stack trace goes with the same line to the log file (the console shows none)
		ILoggingEvent failure = logged.list.stream()
			.filter(event -> event.getFormattedMessage().contains("reference " + reference))
			.findFirst()
			.orElseThrow();
		assertThat(failure.getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
		assertThat(failure.getThrowableProxy().getStackTraceElementProxyArray()[0].getSTEAsString())
			.contains("org.catchup.web.error.ServerFailureAnswerTests$Failing.broken");
	}

	@Test
	void aBrowserGetsTheServerErrorPageWithTheReference() throws Exception {
		mvc.perform(get("/broken").accept(MediaType.TEXT_HTML))
			.andExpect(status().isInternalServerError())
			.andExpect(view().name("error/5xx"))
			.andExpect(model().attribute("reference", Matchers.matchesPattern("[0-9a-f]{8}")))
			.andExpect(model().attribute("detail", Matchers.not(Matchers.containsString("secret internals"))));
	}

}
