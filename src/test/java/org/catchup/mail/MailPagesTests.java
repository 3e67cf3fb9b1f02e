package org.catchup.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Administrators manage who receives which bulletin; operators see what was mailed; nobody else either. */
class MailPagesTests extends WebTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Subscriptions subscriptions;

	private RequestPostProcessor as(String name) {
		return user((CatchUpUser) users.loadUserByUsername(name));
	}

	@Test
	void anAdministratorSubscribesAUserOnTheirPageWhichListsIt() throws Exception {
		long id = accounts.create(new NewUser("reading-member", PASSWORD, "Rita Reader", Set.of(Role.COMMITTEE), Set.of()));

		mvc.perform(post("/admin/users/{id}/subscriptions", id).with(as("administrator"))
			.with(csrf())
			.param("address", "rita@catchup.example")
			.param("scope", "ALL")
			.param("withExcel", "true")
			.param("language", "de"))
			.andExpect(redirectedUrl("/admin/users/" + id + "#mail"))
			.andExpect(flash().attribute("message", "Subscribed reading-member (rita@catchup.example) to the combine-wide bulletin."));

		assertThat(subscriptions.ofUser(id)).singleElement().satisfies(s -> {
			assertThat(s.recipientName()).isEqualTo("Rita Reader");
			assertThat(s.withExcel()).isTrue();
			assertThat(s.language()).isEqualTo("de");
			assertThat(s.createdBy()).isEqualTo("administrator");
		});
		mvc.perform(get("/admin/users/{id}", id).with(as("administrator")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Bulletins by e-mail")))
			.andExpect(content().string(Matchers.containsString("rita@catchup.example")))
			.andExpect(content().string(Matchers.containsString("PDF and Excel")))
			.andExpect(content().string(Matchers.containsString("Deutsch")));
		mvc.perform(get("/admin/mail").with(as("administrator")))
			.andExpect(content().string(Matchers.containsString("rita@catchup.example")));

		long subscription = subscriptions.ofUser(id).get(0).id();
		mvc.perform(post("/admin/mail/{id}/remove", subscription).with(as("administrator")).with(csrf()).param("back", "user"))
			.andExpect(redirectedUrl("/admin/users/" + id + "#mail"));
		assertThat(subscriptions.ofUser(id)).isEmpty();
	}

	@Test
	void aClerkIsNotSubscribedToAnotherEnterprisesBulletinAndThePageSaysWhy() throws Exception {
		long id = accounts.create(new NewUser("mailing-clerk", PASSWORD, "Mia Clerk", Set.of(Role.SUBMITTER), Set.of("OBS")));

		MvcResult refused = mvc.perform(post("/admin/users/{id}/subscriptions", id).with(as("administrator"))
			.with(csrf())
			.param("address", "mia@catchup.example")
			.param("scope", "KLH"))
			.andExpect(redirectedUrl("/admin/users/" + id + "#mail"))
			.andReturn();

		assertThat(subscriptions.ofUser(id)).isEmpty();
		mvc.perform(get("/admin/users/{id}", id).with(as("administrator")).flashAttrs(refused.getFlashMap()))
			.andExpect(content().string(Matchers.containsString(
					"Not subscribed: mailing-clerk is not bound to KLH, so may not read its bulletin.")))
			.andExpect(content().string(Matchers.containsString("value=\"mia@catchup.example\"")));

		mvc.perform(post("/admin/users/{id}/subscriptions", id).with(as("administrator"))
			.with(csrf())
			.param("address", "mia@catchup.example")
			.param("scope", "OBS")).andExpect(flash().attribute("message", Matchers.startsWith("Subscribed mailing-clerk")));
		assertThat(subscriptions.ofUser(id)).extracting(Subscription::scope).containsExactly("OBS");
	}

	@Test
	void aContactIsAddedOnTheSubscriptionsPageAndAWrongAddressIsSaidAtItsField() throws Exception {
		mvc.perform(post("/admin/mail").with(as("administrator"))
			.with(csrf())
			.param("recipientName", "Werkleitung Karl-Liebknecht-Hütte")
			.param("address", "werkleitung at klh")
			.param("scope", "KLH"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("werkleitung at klh is not an address like name@example.org")));

		mvc.perform(post("/admin/mail").with(as("administrator"))
			.with(csrf())
			.param("recipientName", "Werkleitung Karl-Liebknecht-Hütte")
			.param("address", "werkleitung@klh.example")
			.param("scope", "KLH")
			.param("language", "de"))
			.andExpect(redirectedUrl("/admin/mail"))
			.andExpect(flash().attribute("message", "Subscribed werkleitung@klh.example to KLH's bulletin."));

		mvc.perform(get("/admin/mail").with(as("administrator")))
			.andExpect(content().string(Matchers.containsString("werkleitung@klh.example")))
			.andExpect(content().string(Matchers.containsString("No SMTP server is configured")));
		mvc.perform(post("/admin/mail").with(as("administrator"))
			.with(csrf())
			.param("recipientName", "Again")
			.param("address", "WERKLEITUNG@klh.example")
			.param("scope", "KLH"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("WERKLEITUNG@klh.example already receives KLH&#39;s bulletin")));
	}

	@Test
	void aGermanAdministratorReadsTheFormsProblemsInGerman() throws Exception {
		mvc.perform(post("/admin/mail").with(as("administrator"))
			.with(csrf())
			.header("Accept-Language", "de")
			.param("recipientName", "Werkleitung")
			.param("address", "werkleitung at klh")
			.param("scope", "KLH"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(Matchers.containsString("werkleitung at klh ist keine Adresse der Form name@example.org")));

		long id = accounts.create(new NewUser("german-clerk", PASSWORD, "Gerd Clerk", Set.of(Role.SUBMITTER), Set.of("OBS")));
		mvc.perform(post("/admin/users/{id}/subscriptions", id).with(as("administrator"))
			.with(csrf())
			.header("Accept-Language", "de")
			.param("address", "gerd@catchup.example")
			.param("scope", "KLH"))
			.andExpect(flash().attribute("message",
					"Nicht eingetragen: german-clerk ist nicht an KLH gebunden und darf dessen Bulletin daher nicht lesen."));
	}

	@Test
	void onlyAdministratorsManageSubscriptions() throws Exception {
		long id = accounts.create(new NewUser("guarded-member", PASSWORD, "Guarded", Set.of(Role.COMMITTEE), Set.of()));
		subscriptions.add(new NewSubscription(id, "Guarded", "guarded@catchup.example", null, "ALL", false), "test",
				LocalDateTime.now());
		long subscription = subscriptions.ofUser(id).get(0).id();

		for (String who : new String[] { "night-operator", "committee-member", "obs-clerk" }) {
			mvc.perform(get("/admin/mail").with(as(who))).andExpect(status().isForbidden());
			mvc.perform(post("/admin/mail").with(as(who))
				.with(csrf())
				.param("recipientName", "Intruder")
				.param("address", "intruder@catchup.example")
				.param("scope", "ALL")).andExpect(status().isForbidden());
			mvc.perform(post("/admin/users/{id}/subscriptions", id).with(as(who))
				.with(csrf())
				.param("address", "intruder@catchup.example")
				.param("scope", "ALL")).andExpect(status().isForbidden());
			mvc.perform(post("/admin/mail/{id}/remove", subscription).with(as(who)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(subscriptions.list()).extracting(Subscription::address).doesNotContain("intruder@catchup.example")
			.contains("guarded@catchup.example");
		mvc.perform(post("/admin/mail/{id}/remove", 987654321).with(as("administrator")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void operatorsSeeEachMailWithItsTriesAndWhyItIsUnsentAndNobodyElseDoes() throws Exception {
		jdbc.sql("""
				INSERT INTO mail_delivery (period, scope, address, recipient_name, language, attachments, status,
				    attempts, last_error, sent_at, updated_at, job_instance_id, job_execution_id)
				VALUES ('1959-05', 'OBS', 'works@obs.example', 'Werkleitung', 'de', 'bulletin-1959-05-OBS.pdf', 'FAILED',
				    3, 'Couldn''t connect to host, port: smtp.obs.example, 25 (Connection refused)', NULL, :now, 987654, 987654)""")
			.param("now", LocalDateTime.now())
			.update();

		mvc.perform(get("/jobs/mail").with(as("night-operator")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("works@obs.example")))
			.andExpect(content().string(Matchers.containsString("smtp.obs.example, 25 (Connection refused)")))
			.andExpect(content().string(Matchers.containsString("could not be sent")))
			.andExpect(content().string(Matchers.containsString("No SMTP server is configured")));
		mvc.perform(get("/jobs/mail").with(as("administrator"))).andExpect(status().isOk());
		mvc.perform(get("/jobs/mail").with(as("committee-member"))).andExpect(status().isForbidden());
		mvc.perform(get("/jobs/mail").with(as("obs-clerk"))).andExpect(status().isForbidden());
	}

}
