package org.catchup.web.security;

import org.catchup.users.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may open what. Pages: form login, CSRF on every form, one area per role. The JSON API
 * under /api: HTTP Basic only and no session, so a browser's login cookie never carries a
 * cross-site POST into it (which is why it can do without a CSRF token). Enterprise-level
 * rules for finance staff are checked where the enterprise is known: {@link EnterpriseAccess}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebSecurityConfiguration {

	private static final String SUBMITTER = Role.SUBMITTER.name();

	private static final String OPERATOR = Role.OPERATOR.name();

	private static final String COMMITTEE = Role.COMMITTEE.name();

	private static final String ADMIN = Role.ADMIN.name();

	/**
	 * Actuator: health open to monitoring (details only for a signed-in operator or admin, see
	 * application.properties), everything else for operators and admins, by session or HTTP Basic.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasAnyRole(OPERATOR, ADMIN))
			.httpBasic(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<RequestMappingHandlerMapping> mappings)
			throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/submissions/**")
				.hasRole(SUBMITTER)
				.requestMatchers("/api/figures/**")
				.hasAnyRole(COMMITTEE, ADMIN)
				.requestMatchers(HttpMethod.GET, "/api/assistance", "/api/assistance/**")
				.hasAnyRole(COMMITTEE, ADMIN, SUBMITTER)
				.requestMatchers("/api/assistance", "/api/assistance/**")
				.hasAnyRole(COMMITTEE, ADMIN)
				.requestMatchers("/api/jobs/**")
				.hasAnyRole(OPERATOR, ADMIN)
				.anyRequest()
				.access(new UnmappedAddresses(mappings)))
			.httpBasic(Customizer.withDefaults())
			.exceptionHandling(errors -> errors.accessDeniedHandler(new ReasonedAccessDenied()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, ObjectProvider<RequestMappingHandlerMapping> mappings)
			throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico",
				"/error")
			.permitAll()
			.requestMatchers("/submissions/**")
			.hasRole(SUBMITTER)
			.requestMatchers("/jobs/**")
			.hasAnyRole(OPERATOR, ADMIN)
			.requestMatchers("/bulletins/**", "/figures/**")
			.hasAnyRole(COMMITTEE, ADMIN)
			.requestMatchers("/admin/**")
			.hasRole(ADMIN)
			.requestMatchers(HttpMethod.GET, "/assistance", "/assistance/**")
			.hasAnyRole(COMMITTEE, ADMIN, SUBMITTER)
			.requestMatchers("/assistance", "/assistance/**")
			.hasAnyRole(COMMITTEE, ADMIN)
			.requestMatchers("/")
			.authenticated()
			.anyRequest()
			.access(new UnmappedAddresses(mappings)))
			.exceptionHandling(errors -> errors.accessDeniedHandler(new ReasonedAccessDenied()))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
		return http.build();
	}

}
