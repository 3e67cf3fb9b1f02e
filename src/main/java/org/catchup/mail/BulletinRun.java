package org.catchup.mail;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.catchup.i18n.Language;

/**
 * One run of the bulletin job as its mail sees it.
 *
 * @param scope {@value MailRules#COMBINE_WIDE} or the enterprise code the run rendered
 * @param perEnterprise with scope ALL, the run also rendered one bulletin per enterprise
 * @param resend mail again what an earlier run mailed already
 * @param jobInstanceId the run; its restarts are the same run
 * @param languages the languages the run rendered its bulletins in, the first one first
 */
record BulletinRun(YearMonth month, String scope, boolean perEnterprise, boolean resend, long jobInstanceId,
		List<Language> languages) {

	BulletinRun {
		languages = List.copyOf(languages);
	}

	/** A run in English only. */
	BulletinRun(YearMonth month, String scope, boolean perEnterprise, boolean resend, long jobInstanceId) {
		this(month, scope, perEnterprise, resend, jobInstanceId, List.of(Language.DEFAULT));
	}

	/** From the bulletin job's parameters (checked by the launcher before the run). */
	static BulletinRun of(String month, String scope, String enterprises, String resend, String locale,
			long jobInstanceId) {
		return new BulletinRun(YearMonth.parse(month),
				scope == null || scope.isBlank() ? MailRules.COMBINE_WIDE : scope.strip(),
				!"false".equalsIgnoreCase(enterprises), "true".equalsIgnoreCase(resend), jobInstanceId,
				Language.listOf(locale));
	}

	/**
	 * The bulletin's file name without extension, in the reader's language when the run rendered
	 * it, else in the run's first: {@code bulletin-1959-09}, {@code bulletin-1959-09-OBS.de}.
	 */
	String stem(String bulletinScope, Locale reader) {
		Language language = Language.of(reader).filter(languages::contains).orElse(languages.get(0));
		return "bulletin-" + month + (MailRules.COMBINE_WIDE.equals(bulletinScope) ? "" : "-" + bulletinScope)
				+ language.fileSuffix();
	}

}
