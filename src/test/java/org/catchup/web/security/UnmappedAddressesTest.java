package org.catchup.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The rule for addresses no other rule names: unknown ones go on to "not found", answered ones stay refused. */
class UnmappedAddressesTest {

	@Controller
	static class Unlisted {

		@GetMapping("/unlisted/{id}")
		@ResponseBody
		String unlisted() {
			return "secret";
		}

	}

	private UnmappedAddresses rule;

	private final Authentication clerk = UsernamePasswordAuthenticationToken.authenticated("clerk", null,
			AuthorityUtils.createAuthorityList("ROLE_SUBMITTER"));

	private final Authentication stranger = new AnonymousAuthenticationToken("key", "anonymousUser",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	@BeforeEach
	void mappings() {
		StaticWebApplicationContext context = new StaticWebApplicationContext();
		context.setServletContext(new MockServletContext());
		context.registerSingleton("unlisted", Unlisted.class);
		context.refresh();
		RequestMappingHandlerMapping mapping = new RequestMappingHandlerMapping();
		mapping.setApplicationContext(context);
		mapping.afterPropertiesSet();
		context.getBeanFactory().registerSingleton("requestMappingHandlerMapping", mapping);
		rule = new UnmappedAddresses(context.getBeanProvider(RequestMappingHandlerMapping.class));
	}

	private boolean granted(Authentication who, String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		return rule.authorize(() -> who, new RequestAuthorizationContext(request)).isGranted();
	}

	@Test
	void aSignedInUserMayGoOnToNotFoundForAnAddressNoControllerAnswers() {
		assertThat(granted(clerk, "GET", "/some/guessed/page")).isTrue();
	}

	@Test
	void anAddressAControllerAnswersStaysRefusedUntilARuleNamesIt() {
		assertThat(granted(clerk, "GET", "/unlisted/7")).isFalse();
		assertThat(granted(clerk, "POST", "/unlisted/7")).isFalse();
	}

	@Test
	void strangersAreNeverLetThroughSoTheyAreSentToSignIn() {
		for (String path : List.of("/some/guessed/page", "/unlisted/7")) {
			assertThat(granted(stranger, "GET", path)).isFalse();
		}
	}

}
