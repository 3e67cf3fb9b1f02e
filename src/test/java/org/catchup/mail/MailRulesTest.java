package org.catchup.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.catchup.i18n.Message;
import org.catchup.mail.MailRules.Due;
import org.catchup.users.Role;
import org.catchup.users.UserAccount;
import org.junit.jupiter.api.Test;

class MailRulesTest {

	private static final YearMonth SEPTEMBER = YearMonth.of(1959, 9);

	@Test
	void aRunForAllMailsTheCombineWideBulletinAndEachEnterprisesWhenItRenderedThem() {
		BulletinRun all = new BulletinRun(SEPTEMBER, "ALL", true, false, 1);
		assertThat(MailRules.covers(all, "ALL")).isTrue();
		assertThat(MailRules.covers(all, "OBS")).isTrue();
		BulletinRun combineOnly = new BulletinRun(SEPTEMBER, "ALL", false, false, 1);
		assertThat(MailRules.covers(combineOnly, "ALL")).isTrue();
		assertThat(MailRules.covers(combineOnly, "OBS")).isFalse();
	}

	@Test
	void aRunForOneEnterpriseMailsOnlyItsBulletin() {
		BulletinRun obs = new BulletinRun(SEPTEMBER, "OBS", true, false, 1);
		assertThat(MailRules.covers(obs, "OBS")).isTrue();
		assertThat(MailRules.covers(obs, "KLH")).isFalse();
		assertThat(MailRules.covers(obs, "ALL")).isFalse();
	}

	@Test
	void theCombineWideBulletinGoesToCommitteeMembersAndAdministratorsOnly() {
		assertThat(MailRules.accessProblem(user(Role.COMMITTEE), "ALL")).isEmpty();
		assertThat(MailRules.accessProblem(user(Role.ADMIN), "ALL")).isEmpty();
		assertThat(MailRules.accessProblem(user(Role.SUBMITTER, "OBS"), "ALL"))
			.hasValue(Message.of("mail.error.combineWideNotAllowed", "erna"));
		assertThat(MailRules.accessProblem(user(Role.OPERATOR), "ALL")).isPresent();
	}

	@Test
	void anEnterprisesBulletinGoesToItsOwnFinanceStaffAndTheCommittee() {
		assertThat(MailRules.accessProblem(user(Role.SUBMITTER, "OBS"), "OBS")).isEmpty();
		assertThat(MailRules.accessProblem(user(Role.COMMITTEE), "OBS")).isEmpty();
		assertThat(MailRules.accessProblem(user(Role.SUBMITTER, "KLH"), "OBS"))
			.hasValue(Message.of("mail.error.notBound", "erna", "OBS"));
	}

	@Test
	void aMailIsDueUnlessThisRunOrWithoutAResendAnEarlierOneSentIt() {
		assertThat(MailRules.due(false, false, false)).isEqualTo(Due.SEND);
		assertThat(MailRules.due(false, false, true)).isEqualTo(Due.ALREADY_MAILED);
		assertThat(MailRules.due(true, false, true)).isEqualTo(Due.SEND);
		// a restart of a resend does not mail twice what its first try sent
		assertThat(MailRules.due(true, true, true)).isEqualTo(Due.SENT_IN_THIS_RUN);
		assertThat(MailRules.due(false, true, true)).isEqualTo(Due.SENT_IN_THIS_RUN);
	}

	@Test
	void germanWhenAskedElseEnglish() {
		assertThat(MailRules.locale("de")).isEqualTo(Locale.GERMAN);
		assertThat(MailRules.locale("en")).isEqualTo(Locale.ENGLISH);
		assertThat(MailRules.locale(null)).isEqualTo(Locale.ENGLISH);
	}

	private static UserAccount user(Role role, String... enterprises) {
		return new UserAccount(1, "erna", "Erna", true, EnumSet.of(role), Set.of(enterprises));
	}

}
