package org.catchup.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.catchup.users.Role;
import org.catchup.users.UserAccount;
import org.junit.jupiter.api.Test;

class SubscriptionRulesTest {

	private static final Set<String> KNOWN = Set.of("OBS", "KLH", "HKWP");

	private static final UserAccount CLERK = new UserAccount(5, "obs-clerk", "Otto Clerk", true,
			EnumSet.of(Role.SUBMITTER), Set.of("OBS"));

	@Test
	void aContactGetsAnyBulletinAtAPlainAddress() {
		assertThat(problems(new SubscriptionForm("Works management", "works@obs.example", "obs", true, "de"), null))
			.isEmpty();
		NewSubscription added = SubscriptionRules
			.subscription(new SubscriptionForm(" Works management ", " works@obs.example ", "obs", true, "de"), null);
		assertThat(added).isEqualTo(new NewSubscription(null, "Works management", "works@obs.example", "de", "OBS", true));
	}

	@Test
	void anAddressMustBeOneOnItsOwn() {
		assertThat(SubscriptionRules.addressProblem("")).hasValue("give an e-mail address");
		assertThat(SubscriptionRules.addressProblem("works")).hasValue("works is not an address like name@example.org");
		assertThat(SubscriptionRules.addressProblem("Works <works@obs.example>")).isPresent();
		assertThat(SubscriptionRules.addressProblem("a@obs.example, b@obs.example")).isPresent();
		assertThat(SubscriptionRules.addressProblem("works@obs.example\r\nBcc: all@example.org")).isPresent();
		assertThat(SubscriptionRules.addressProblem("x".repeat(250) + "@obs.example")).hasValue("at most 254 characters");
		assertThat(SubscriptionRules.addressProblem("works@obs.example")).isEmpty();
	}

	@Test
	void theBulletinMustBeTheCombineWideOneOrAKnownEnterprises() {
		assertThat(problems(new SubscriptionForm("X", "x@obs.example", "NOPE", false, ""), null))
			.containsEntry("scope", "the reference data names no enterprise NOPE");
		assertThat(problems(new SubscriptionForm("X", "x@obs.example", "", false, ""), null)).isEmpty();
	}

	@Test
	void aUserGetsOnlyBulletinsTheyMayRead() {
		assertThat(problems(new SubscriptionForm("", "clerk@obs.example", "OBS", false, ""), CLERK)).isEmpty();
		assertThat(SubscriptionRules.subscription(new SubscriptionForm("", "clerk@obs.example", "OBS", false, ""), CLERK)
			.recipientName()).isEqualTo("Otto Clerk");
		assertThat(problems(new SubscriptionForm("", "clerk@obs.example", "KLH", false, ""), CLERK))
			.containsEntry("scope", "obs-clerk is not bound to KLH, so may not read its bulletin");
		assertThat(problems(new SubscriptionForm("", "clerk@obs.example", "ALL", false, ""), CLERK)).containsKey("scope");
	}

	@Test
	void aContactNeedsANameAndALanguageIsEnglishOrGerman() {
		assertThat(problems(new SubscriptionForm(" ", "x@obs.example", "OBS", false, ""), null))
			.containsEntry("recipientName", "give the name the mail is addressed to");
		assertThat(problems(new SubscriptionForm("Two\nlines", "x@obs.example", "OBS", false, ""), null))
			.containsEntry("recipientName", "one line of text, without line breaks");
		assertThat(problems(new SubscriptionForm("X", "x@obs.example", "OBS", false, "fr"), null))
			.containsEntry("language", "English (en) or German (de)");
	}

	@Test
	void anAddressReceivesEachBulletinOnce() {
		Map<String, String> problems = SubscriptionRules.problems(
				new SubscriptionForm("X", "Works@OBS.example", "OBS", false, ""), null, KNOWN,
				(address, scope) -> address.equalsIgnoreCase("works@obs.example") && scope.equals("OBS"));
		assertThat(problems).containsEntry("address", "Works@OBS.example already receives OBS's bulletin");
	}

	private static Map<String, String> problems(SubscriptionForm form, UserAccount user) {
		return SubscriptionRules.problems(form, user, KNOWN, (address, scope) -> false);
	}

}
