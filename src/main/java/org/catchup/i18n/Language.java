package org.catchup.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Catch-Up speaks. English is the default: what a browser asking for neither
 * language gets, and the bulletin whose file names carry no language.
 */
public enum Language {

	ENGLISH(Locale.ENGLISH), GERMAN(Locale.GERMAN);

	public static final Language DEFAULT = ENGLISH;

	private final Locale locale;

	Language(Locale locale) {
		this.locale = locale;
	}

	public Locale locale() {
		return locale;
	}

	/** "en", "de": the value of {@code ?lang=} and {@code locale=}. */
	public String code() {
		return locale.getLanguage();
	}

	/** The language of {@code code} ("de", " DE "); empty for any other text. */
	public static Optional<Language> of(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String wanted = code.strip();
		return Arrays.stream(values()).filter(language -> language.code().equalsIgnoreCase(wanted)).findFirst();
	}

	/** The language of {@code locale} ("de_AT" is German); empty for a language Catch-Up does not speak. */
	public static Optional<Language> of(Locale locale) {
		return locale == null ? Optional.empty() : of(locale.getLanguage());
	}

	/**
	 * The languages of a job parameter ({@code locale=de}, {@code locale=en,de}), each once, in the
	 * order given; English when none is given. The parameter is checked before a run, so an
	 * unknown code here is a fault of the caller.
	 */
	public static List<Language> listOf(String codes) {
		if (codes == null || codes.isBlank()) {
			return List.of(DEFAULT);
		}
		return Arrays.stream(codes.split(","))
			.map(code -> of(code).orElseThrow(() -> new IllegalArgumentException("No language " + code.strip())))
			.distinct()
			.toList();
	}

	/** "en, de", for sentences that list what is accepted. */
	public static String codes() {
		return String.join(", ", Arrays.stream(values()).map(Language::code).toList());
	}

	public static List<Locale> locales() {
		return Arrays.stream(values()).map(Language::locale).toList();
	}

	/**
	 * What a bulletin file's name carries before its extension: nothing for the default language,
	 * so its names stay {@code bulletin-1959-09.pdf}; {@code .de} for German,
	 * {@code bulletin-1959-09.de.pdf}.
	 */
	public String fileSuffix() {
		return this == DEFAULT ? "" : "." + code();
	}

}
