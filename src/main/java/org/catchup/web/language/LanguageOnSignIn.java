package org.catchup.web.language;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;

/**
 * After signing in on the login page: the start page, in the user's remembered language (or the
 * one they just chose on the login page, which is then remembered).
 */
public class LanguageOnSignIn extends SimpleUrlAuthenticationSuccessHandler {

	private final RememberedLocaleResolver languages;

	LanguageOnSignIn(RememberedLocaleResolver languages) {
		super("/");
		setAlwaysUseDefaultTargetUrl(true);
		this.languages = languages;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		languages.signedIn(request, authentication.getName());
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
