package org.catchup.reliability;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.catchup.web.WebTestSupport;
import org.hamcrest.Matchers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hostile files through the web: every file of the hostile corpus uploaded for a check
 * gets an answer (never a server error), a rejected one with its exact problem code, and the
 * application goes on answering.
 */
class HostileUploadsThroughTheApiTests extends WebTestSupport {

	private static final Path CORPUS = Path.of("src/test/resources/hostile");

	@Autowired
	MockMvc mvc;

	static Stream<HostileInboxScenario.Expected> corpus() {
		return HostileInboxScenario.corpus().stream().filter(e -> !e.isIgnored());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void aHostileUploadIsAnsweredWithItsProblemAndTheAppGoesOn(HostileInboxScenario.Expected expected)
			throws Exception {
		byte[] content = Files.readAllBytes(CORPUS.resolve(expected.file()));
		MockMultipartFile file = new MockMultipartFile("file", expected.file(), null, content);

		var answer = mvc.perform(multipart("/api/submissions").file(file)
			.param("dryRun", "true")
			.with(httpBasic("obs-clerk", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.submitted").value(false));
		if (expected.isRejected()) {
			answer.andExpect(jsonPath("$.problems[*].code", Matchers.hasItem(expected.code())));
		}
		mvc.perform(get("/api/figures/1959-09").with(httpBasic("committee-member", PASSWORD)))
			.andExpect(status().isOk());
	}

}
