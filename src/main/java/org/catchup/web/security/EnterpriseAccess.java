package org.catchup.web.security;

/** The one rule for finance staff: only their own enterprises' data, whatever the URL says. */
public final class EnterpriseAccess {

	private EnterpriseAccess() {
	}

	/** Answers 403 (through Spring Security) when the user does not belong to the enterprise. */
	public static void require(CatchUpUser user, String enterpriseCode) {
		if (user == null || !user.mayActFor(enterpriseCode)) {
			throw user == null || user.enterprises().isEmpty()
					? new ReasonedAccessDeniedException("error.notYourEnterprise.none", enterpriseCode)
					: new ReasonedAccessDeniedException("error.notYourEnterprise", enterpriseCode,
							String.join(", ", user.enterprises()));
		}
	}

}
