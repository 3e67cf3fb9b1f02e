package org.catchup.mail;

import java.time.YearMonth;

/**
 * One run of the bulletin job as its mail sees it.
 *
 * @param scope {@value MailRules#COMBINE_WIDE} or the enterprise code the run rendered
 * @param perEnterprise with scope ALL, the run also rendered one bulletin per enterprise
 * @param resend mail again what an earlier run mailed already
 * @param jobInstanceId the run; its restarts are the same run
 */
record BulletinRun(YearMonth month, String scope, boolean perEnterprise, boolean resend, long jobInstanceId) {

	/** From the bulletin job's parameters (checked by the launcher before the run). */
	static BulletinRun of(String month, String scope, String enterprises, String resend, long jobInstanceId) {
		return new BulletinRun(YearMonth.parse(month),
				scope == null || scope.isBlank() ? MailRules.COMBINE_WIDE : scope.strip(),
				!"false".equalsIgnoreCase(enterprises), "true".equalsIgnoreCase(resend), jobInstanceId);
	}

	/** The bulletin's file name without extension: {@code bulletin-1959-09} or {@code bulletin-1959-09-OBS}. */
	String stem(String bulletinScope) {
		return "bulletin-" + month + (MailRules.COMBINE_WIDE.equals(bulletinScope) ? "" : "-" + bulletinScope);
	}

}
