package org.catchup.web.security;

import org.springframework.security.access.AccessDeniedException;

/** The one rule for finance staff: only their own enterprises' data, whatever the URL says. */
public final class EnterpriseAccess {

	private EnterpriseAccess() {
	}

	/** Answers 403 (through Spring Security) when the user does not belong to the enterprise. */
	public static void require(CatchUpUser user, String enterpriseCode) {
		if (user == null || !user.mayActFor(enterpriseCode)) {
			throw new AccessDeniedException("This belongs to enterprise " + enterpriseCode + ", and you act for "
					+ (user == null || user.enterprises().isEmpty() ? "no enterprise" : String.join(", ", user.enterprises()))
					+ ". If you should see it, ask an administrator to add the enterprise to your account.");
		}
	}

}
