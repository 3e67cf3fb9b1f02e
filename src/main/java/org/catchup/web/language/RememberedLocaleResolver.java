package org.catchup.web.language;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.catchup.i18n.Language;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Which language a page speaks: the one chosen with the switch in this session (at sign-in, the
 * user's remembered one), else the browser's (Accept-Language) when Catch-Up speaks it, else
 * English. A choice made while signed in is remembered for the user, so it follows them to
 * their other devices; a language Catch-Up does not speak is ignored.
 */
class RememberedLocaleResolver extends SessionLocaleResolver {

	private final UserLanguages users;

	RememberedLocaleResolver(UserLanguages users) {
		this.users = users;
		AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
		browser.setSupportedLocales(Language.locales());
		browser.setDefaultLocale(Language.DEFAULT.locale());
		setDefaultLocaleFunction(browser::resolveLocale);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Language.of(locale).ifPresent(language -> {
			super.setLocale(request, response, language.locale());
			Authentication user = SecurityContextHolder.getContext().getAuthentication();
			if (user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)) {
				users.remember(user.getName(), language);
			}
		});
	}

	/** At sign-in: the language chosen before it becomes the user's; otherwise the user's own applies. */
	void signedIn(HttpServletRequest request, String username) {
		Locale chosen = (Locale) request.getSession().getAttribute(LOCALE_SESSION_ATTRIBUTE_NAME);
		Language.of(chosen).ifPresentOrElse(language -> users.remember(username, language),
				() -> users.of(username)
					.ifPresent(language -> request.getSession()
						.setAttribute(LOCALE_SESSION_ATTRIBUTE_NAME, language.locale())));
	}

}
