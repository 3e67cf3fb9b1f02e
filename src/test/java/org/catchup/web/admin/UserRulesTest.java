package org.catchup.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.catchup.users.Role;
import org.catchup.users.UserAccount;
import org.junit.jupiter.api.Test;

class UserRulesTest {

	private static final Set<String> KNOWN = Set.of("OBS", "KLH", "FORT");

	@Test
	void enterpriseCodesAreReadInAnyCaseAndSeparator() {
		assertThat(UserRules.enterpriseCodes(" obs, klh;fort  obs")).containsExactly("FORT", "KLH", "OBS");
		assertThat(UserRules.enterpriseCodes(null)).isEmpty();
	}

	@Test
	void anEnterpriseTheReferenceDataDoesNotNameIsRefusedWithTheKnownCodes() {
		assertThat(UserRules.enterpriseProblem(Set.of(Role.SUBMITTER), Set.of("OBS", "XXX"), KNOWN))
			.hasValue("the reference data names no enterprise XXX; known codes are FORT, KLH, OBS");
		assertThat(UserRules.enterpriseProblem(Set.of(Role.SUBMITTER), Set.of("OBS"), KNOWN)).isEmpty();
		assertThat(UserRules.enterpriseProblem(Set.of(Role.SUBMITTER), Set.of("XXX"), Set.of()))
			.hasValueSatisfying(problem -> assertThat(problem).contains("no enterprise XXX")
				.contains("no reference workbook is loaded yet"));
	}

	@Test
	void financeStaffNeedAnEnterprise() {
		assertThat(UserRules.enterpriseProblem(Set.of(Role.SUBMITTER), Set.of(), KNOWN))
			.hasValue("finance staff need at least one enterprise");
		assertThat(UserRules.enterpriseProblem(Set.of(Role.OPERATOR), Set.of(), KNOWN)).isEmpty();
	}

	@Test
	void theLastEnabledAdministratorStaysOne() {
		UserAccount admin = new UserAccount(1, "admin", "Admin", true, EnumSet.of(Role.ADMIN), Set.of());
		assertThat(UserRules.lastAdministratorProblem(admin, true, false, 1)).isPresent();
		assertThat(UserRules.lastAdministratorProblem(admin, false, true, 1)).isPresent();
		assertThat(UserRules.lastAdministratorProblem(admin, true, true, 1)).isEmpty();
		assertThat(UserRules.lastAdministratorProblem(admin, true, false, 2)).isEmpty();
		UserAccount clerk = new UserAccount(2, "clerk", "Clerk", true, EnumSet.of(Role.SUBMITTER), Set.of("OBS"));
		assertThat(UserRules.lastAdministratorProblem(clerk, false, false, 1)).isEmpty();
	}

	@Test
	void passwordsHaveTenToTwoHundredCharacters() {
		assertThat(UserRules.passwordProblem("short")).hasValue("at least 10 characters");
		assertThat(UserRules.passwordProblem(null)).hasValue("at least 10 characters");
		assertThat(UserRules.passwordProblem("x".repeat(201))).hasValue("at most 200 characters");
		assertThat(UserRules.passwordProblem("ten chars!")).isEmpty();
	}

}
