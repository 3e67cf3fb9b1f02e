package org.catchup.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.catchup.users.NewUser;
import org.catchup.users.Role;
import org.catchup.web.WebTestSupport;
import org.catchup.web.security.CatchUpUser;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** An administrator changes, disables, enables users and sets new passwords; the rules hold. */
class UserAdministrationTests extends WebTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	private RequestPostProcessor admin() {
		return user((CatchUpUser) users.loadUserByUsername("administrator"));
	}

	private long newUser(String name, Set<Role> roles, Set<String> enterprises) {
		return accounts.create(new NewUser(name, PASSWORD, name, roles, enterprises));
	}

	@Test
	void anAdministratorChangesRolesAndEnterprises() throws Exception {
		long id = newUser("changing-clerk", Set.of(Role.SUBMITTER), Set.of("OBS"));
		mvc.perform(get("/admin/users").with(admin()))
			.andExpect(content().string(Matchers.containsString("/admin/users/" + id)));
		mvc.perform(post("/admin/users/{id}", id).with(admin())
			.with(csrf())
			.param("displayName", "Finance, OBS and KLH")
			.param("roles", "SUBMITTER", "COMMITTEE")
			.param("enterprises", "obs, klh")).andExpect(redirectedUrl("/admin/users/" + id));
		CatchUpUser changed = (CatchUpUser) users.loadUserByUsername("changing-clerk");
		assertThat(changed.roles()).containsExactlyInAnyOrder(Role.SUBMITTER, Role.COMMITTEE);
		assertThat(changed.enterprises()).containsExactly("KLH", "OBS");
		assertThat(changed.displayName()).isEqualTo("Finance, OBS and KLH");
		mvc.perform(get("/admin/users/{id}", id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("KLH, OBS")));
	}

	@Test
	void anUnknownEnterpriseIsRefusedWithASentence() throws Exception {
		mvc.perform(post("/admin/users").with(admin())
			.with(csrf())
			.param("username", "xxx-clerk")
			.param("password", "a good long password")
			.param("roles", "SUBMITTER")
			.param("enterprises", "XXX"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("the reference data names no enterprise XXX")));
		assertThat(accounts.exists("xxx-clerk")).isFalse();

		long id = newUser("typing-clerk", Set.of(Role.SUBMITTER), Set.of("OBS"));
		mvc.perform(post("/admin/users/{id}", id).with(admin())
			.with(csrf())
			.param("roles", "SUBMITTER")
			.param("enterprises", "OBS XXX"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("the reference data names no enterprise XXX")));
		assertThat(((CatchUpUser) users.loadUserByUsername("typing-clerk")).enterprises()).containsExactly("OBS");
	}

	@Test
	void aDisabledUserCannotSignInUntilEnabledAgain() throws Exception {
		long id = newUser("leaving-clerk", Set.of(Role.SUBMITTER), Set.of("OBS"));
		mvc.perform(formLogin().user("leaving-clerk").password(PASSWORD)).andExpect(redirectedUrl("/"));

		mvc.perform(post("/admin/users/{id}/enabled", id).with(admin()).with(csrf()).param("enabled", "false"))
			.andExpect(redirectedUrl("/admin/users/" + id));
		mvc.perform(formLogin().user("leaving-clerk").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/api/submissions/1/problems").with(httpBasic("leaving-clerk", PASSWORD)))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/admin/users/{id}", id).with(admin()))
			.andExpect(content().string(Matchers.containsString("Disabled: cannot sign in.")));

		mvc.perform(post("/admin/users/{id}/enabled", id).with(admin()).with(csrf()).param("enabled", "true"));
		mvc.perform(formLogin().user("leaving-clerk").password(PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void anAdministratorSetsANewPasswordOfAtLeastTenCharacters() throws Exception {
		long id = newUser("forgetful-clerk", Set.of(Role.SUBMITTER), Set.of("OBS"));
		mvc.perform(post("/admin/users/{id}/password", id).with(admin()).with(csrf()).param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("at least 10 characters")));
		mvc.perform(formLogin().user("forgetful-clerk").password(PASSWORD)).andExpect(redirectedUrl("/"));

		mvc.perform(post("/admin/users/{id}/password", id).with(admin())
			.with(csrf())
			.param("password", "a brand new passphrase")).andExpect(redirectedUrl("/admin/users/" + id));
		mvc.perform(formLogin().user("forgetful-clerk").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin().user("forgetful-clerk").password("a brand new passphrase")).andExpect(redirectedUrl("/"));
	}

	@Test
	void onlyAdministratorsManageUsersAndAnUnknownUserIsNotFound() throws Exception {
		long id = newUser("guarded-clerk", Set.of(Role.SUBMITTER), Set.of("OBS"));
		mvc.perform(post("/admin/users/{id}/enabled", id).with(user((CatchUpUser) users.loadUserByUsername("obs-clerk")))
			.with(csrf())
			.param("enabled", "false")).andExpect(status().isForbidden());
		assertThat(users.loadUserByUsername("guarded-clerk").isEnabled()).isTrue();
		mvc.perform(get("/admin/users/{id}", 987654321).with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(Matchers.containsString("No user with id 987654321.")));
	}

}
