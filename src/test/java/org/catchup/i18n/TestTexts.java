package org.catchup.i18n;

/** The application's own bundles in one language, for tests without an application context. */
public final class TestTexts {

	private TestTexts() {
	}

	public static Texts english() {
		return Texts.of(MessagesConfiguration.bundles(), Language.ENGLISH);
	}

	public static Texts german() {
		return Texts.of(MessagesConfiguration.bundles(), Language.GERMAN);
	}

}
