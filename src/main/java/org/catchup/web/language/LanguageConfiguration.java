package org.catchup.web.language;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages' language: {@code ?lang=de} or {@code ?lang=en} on any page switches it (the links
 * in the page header), see {@link RememberedLocaleResolver}. The JSON API keeps no session, so
 * it takes no {@code lang}; its sentences follow Accept-Language.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class LanguageConfiguration implements WebMvcConfigurer {

	static final String PARAMETER = "lang";

	/** The name DispatcherServlet looks for; Boot's own resolver then stays out. */
	@Bean
	LocaleResolver localeResolver(UserLanguages users) {
		return new RememberedLocaleResolver(users);
	}

	@Bean
	LanguageOnSignIn languageOnSignIn(LocaleResolver localeResolver) {
		return new LanguageOnSignIn((RememberedLocaleResolver) localeResolver);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName(PARAMETER);
		change.setIgnoreInvalidLocale(true);
		// links switch; a form's body is never read for it (an oversized upload must stay unread)
		change.setHttpMethods("GET");
		// the error page answers at the failed address and never reads its parameters
		registry.addInterceptor(change).addPathPatterns("/**").excludePathPatterns("/api/**", "/error");
	}

}
