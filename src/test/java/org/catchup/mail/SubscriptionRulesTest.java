package org.catchup.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.catchup.i18n.Language;
import org.catchup.i18n.Message;
import org.catchup.i18n.MessagesConfiguration;
import org.catchup.i18n.Texts;
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
		assertThat(SubscriptionRules.addressProblem("")).hasValue(Message.of("mail.error.address.missing"));
		assertThat(SubscriptionRules.addressProblem("works")).hasValue(Message.of("mail.error.address.invalid", "works"));
		assertThat(SubscriptionRules.addressProblem("Works <works@obs.example>")).isPresent();
		assertThat(SubscriptionRules.addressProblem("a@obs.example, b@obs.example")).isPresent();
		assertThat(SubscriptionRules.addressProblem("works@obs.example\r\nBcc: all@example.org")).isPresent();
		assertThat(SubscriptionRules.addressProblem("x".repeat(250) + "@obs.example"))
			.hasValue(Message.of("mail.error.tooLong", 254));
		assertThat(SubscriptionRules.addressProblem("works@obs.example")).isEmpty();
	}

	@Test
	void theBulletinMustBeTheCombineWideOneOrAKnownEnterprises() {
		assertThat(problems(new SubscriptionForm("X", "x@obs.example", "NOPE", false, ""), null))
			.containsEntry("scope", Message.of("mail.error.scope.unknown", "NOPE"));
		assertThat(problems(new SubscriptionForm("X", "x@obs.example", "", false, ""), null)).isEmpty();
		assertThat(SubscriptionRules.problems(new SubscriptionForm("X", "x@obs.example", "OBS", false, ""), null,
				Set.of(), (address, scope) -> false))
			.containsEntry("scope", Message.of("mail.error.scope.unknown.noReference", "OBS"));
	}

	@Test
	void aUserGetsOnlyBulletinsTheyMayRead() {
		assertThat(problems(new SubscriptionForm("", "clerk@obs.example", "OBS", false, ""), CLERK)).isEmpty();
		assertThat(SubscriptionRules.subscription(new SubscriptionForm("", "clerk@obs.example", "OBS", false, ""), CLERK)
			.recipientName()).isEqualTo("Otto Clerk");
		assertThat(problems(new SubscriptionForm("", "clerk@obs.example", "KLH", false, ""), CLERK))
			.containsEntry("scope", Message.of("mail.error.notBound", "obs-clerk", "KLH"));
		assertThat(problems(new SubscriptionForm("", "clerk@obs.example", "ALL", false, ""), CLERK))
			.containsEntry("scope", Message.of("mail.error.combineWideNotAllowed", "obs-clerk"));
	}

	@Test
	void aContactNeedsANameAndALanguageIsEnglishOrGerman() {
		assertThat(problems(new SubscriptionForm(" ", "x@obs.example", "OBS", false, ""), null))
			.containsEntry("recipientName", Message.of("mail.error.name.missing"));
		assertThat(problems(new SubscriptionForm("Two\nlines", "x@obs.example", "OBS", false, ""), null))
			.containsEntry("recipientName", Message.of("mail.error.name.lineBreaks"));
		assertThat(problems(new SubscriptionForm("X", "x@obs.example", "OBS", false, "fr"), null))
			.containsEntry("language", Message.of("mail.error.language"));
	}

	@Test
	void anAddressReceivesEachBulletinOnce() {
		BiPredicate<String, String> subscribed = (address, scope) -> address.equalsIgnoreCase("works@obs.example")
				&& (scope.equals("OBS") || scope.equals("ALL"));
		assertThat(SubscriptionRules.problems(new SubscriptionForm("X", "Works@OBS.example", "OBS", false, ""), null,
				KNOWN, subscribed))
			.containsEntry("address", Message.of("mail.error.subscribed.enterprise", "Works@OBS.example", "OBS"));
		assertThat(SubscriptionRules.problems(new SubscriptionForm("X", "works@obs.example", "", false, ""), null,
				KNOWN, subscribed))
			.containsEntry("address", Message.of("mail.error.subscribed.combineWide", "works@obs.example"));
	}

	@Test
	void theProblemsAreWordedInEachLanguageApostrophesIncluded() {
		Message subscribed = SubscriptionRules
			.problems(new SubscriptionForm("X", "o'neill@obs.example", "OBS", false, ""), null, KNOWN,
					(address, scope) -> true)
			.get("address");
		assertThat(Texts.of(MessagesConfiguration.bundles(), Language.ENGLISH).get(subscribed))
			.isEqualTo("o'neill@obs.example already receives OBS's bulletin");
		assertThat(Texts.of(MessagesConfiguration.bundles(), Language.GERMAN).get(subscribed))
			.isEqualTo("o'neill@obs.example erhält das Bulletin von OBS bereits");
	}

	private static Map<String, Message> problems(SubscriptionForm form, UserAccount user) {
		return SubscriptionRules.problems(form, user, KNOWN, (address, scope) -> false);
	}

}
