package org.catchup.web.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.catchup.web.WebTestSupport;
import org.catchup.web.security.CatchUpUser;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What people and scripts are told when a request fails: a page in the site's layout or RFC
 * 9457 problem details, each with a reason, never the Whitelabel page. MockMvc for what the
 * controllers answer; the real server for what the container and Spring Security answer.
 */
class ErrorAnswersTests extends WebTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@LocalServerPort
	int port;

	private RequestPostProcessor as(String username) {
		return user((CatchUpUser) users.loadUserByUsername(username));
	}

	@Test
	void aReasonGivenWithNotFoundShowsOnThePageAndInTheProblemDetail() throws Exception {
		mvc.perform(get("/jobs/executions/{id}", 999999).with(as("night-operator")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(Matchers.containsString("No job execution 999999")))
			.andExpect(content().string(Matchers.containsString("Sign out")));
		mvc.perform(get("/jobs/executions/{id}", 999999).accept(MediaType.APPLICATION_JSON).with(as("night-operator")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("No job execution 999999"));
		mvc.perform(get("/api/assistance/{id}", 999999).with(httpBasic("committee-member", PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Not Found"))
			.andExpect(jsonPath("$.detail").value("No registered assistance pair 999999."))
			.andExpect(jsonPath("$.instance").value("/api/assistance/999999"));
	}

	@Test
	void notFoundWithoutAReasonStillSaysWhatIsMissing() throws Exception {
		mvc.perform(get("/submissions/checks/{t}", "00000000-0000-0000-0000-000000000000").with(as("obs-clerk")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(Matchers.containsString("It may have been removed")));
		mvc.perform(get("/api/submissions/{id}/problems", 987654321).with(httpBasic("obs-clerk", PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("/api/submissions/987654321/problems")));
	}

	@Test
	void aPathOrQueryValueOfTheWrongFormIsA400NamingTheParameterAndItsForm() throws Exception {
		mvc.perform(get("/submissions/{id}", "abc").with(as("obs-clerk")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("The address part `id` must be a whole number; `abc` is not.")));
		mvc.perform(get("/submissions/template").param("enterprise", "OBS").param("period", "abc").with(as("obs-clerk")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString(
					"The parameter `period` must be a month as YYYY-MM (for example 1959-09); `abc` is not.")));
		mvc.perform(get("/submissions/template").param("enterprise", "OBS").with(as("obs-clerk")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("The parameter `period` is missing")));
		mvc.perform(get("/api/submissions/{id}/problems", "abc").with(httpBasic("obs-clerk", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("The address part `id` must be a whole number; `abc` is not."));
		mvc.perform(multipart("/api/submissions").file(new MockMultipartFile("workbook", "x.xlsx", null, new byte[] { 1 }))
			.param("dryRun", "maybe")
			.with(httpBasic("obs-clerk", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("the multipart part `file` is missing")));
	}

	@Test
	void anUnknownAddressIsNotFoundForSignedInUsersWhileRealPagesKeepTheirRules() throws Exception {
		mvc.perform(get("/some/guessed/page").with(as("administrator")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(Matchers.containsString("There is nothing at /some/guessed/page")));
		mvc.perform(get("/api/guessed").with(httpBasic("committee-member", PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/some/guessed/page")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/guessed")).andExpect(status().isUnauthorized());
		mvc.perform(get("/admin/users").with(as("obs-clerk"))).andExpect(status().isForbidden());
		mvc.perform(get("/jobs").with(as("committee-member"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/figures/1959-09").with(httpBasic("obs-clerk", PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	void securityRefusalsComeWithAReasonToo() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> unauthorized = client.send(request("/api/figures/1959-09").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(unauthorized.statusCode()).isEqualTo(401);
		assertThat(unauthorized.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(unauthorized.body()).contains("\"detail\":\"Sign in first");

		HttpResponse<String> forbidden = client.send(request("/api/submissions/1/problems")
			.header("Authorization", basic("committee-member"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.body()).contains("\"status\":403").contains("another role");

		signIn(client, "obs-clerk");
		HttpResponse<String> page = client.send(request("/jobs").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Forbidden").contains("another role").contains("Sign out")
			.doesNotContain("Whitelabel");
		long klh = currentSubmissionId("KLH", "1959-08");
		HttpResponse<String> notYours = client.send(request("/submissions/" + klh).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(notYours.statusCode()).isEqualTo(403);
		assertThat(notYours.body()).contains("KLH");
	}

	@Test
	void anOversizedUploadToTheApiIs413NamingTheLimit() throws Exception {
		byte[] body = multipartBody("file", "big.xlsx", new byte[60 * 1024 * 1024]);
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> answer = client.send(request("/api/submissions")
			.header("Authorization", basic("obs-clerk"))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("\"status\":413").contains("limit of 50 MB");
	}

	@Test
	void anOversizedUploadFromThePageIsThe413PageNamingTheLimit() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		signIn(client, "obs-clerk");
		String page = client.send(request("/submissions").build(), HttpResponse.BodyHandlers.ofString()).body();
		HttpResponse<String> answer = client.send(request("/submissions/checks?_csrf=" + csrfToken(page))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody("file", "big.xlsx", new byte[60 * 1024 * 1024])))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("That file is too large").contains("limit of 50 MB").contains("Sign out");
	}

	private static final String BOUNDARY = "catchup-test-boundary";

	private static byte[] multipartBody(String part, String fileName, byte[] content) {
		byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] body = Arrays.copyOf(head, head.length + content.length + tail.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return body;
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private static String basic(String username) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private static String csrfToken(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private void signIn(HttpClient client, String username) throws IOException, InterruptedException {
		String login = client.send(request("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
		String form = "username=" + username + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + csrfToken(login);
		HttpResponse<String> signedIn = client.send(request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).doesNotContain("error"));
	}

}
