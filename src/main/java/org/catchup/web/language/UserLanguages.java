package org.catchup.web.language;

import java.util.Optional;

import org.catchup.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The language each user chose (column {@code app_user.preferred_language}, V12). */
@Repository
public class UserLanguages {

	private final JdbcClient jdbc;

	public UserLanguages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Empty for an unknown user, one who never chose, or a language no longer spoken. */
	public Optional<Language> of(String username) {
		return jdbc.sql("SELECT preferred_language FROM app_user WHERE username = :username")
			.param("username", username)
			.query(String.class)
			.optional()
			.flatMap(Language::of);
	}

	public void remember(String username, Language language) {
		jdbc.sql("UPDATE app_user SET preferred_language = :language WHERE username = :username")
			.param("username", username)
			.param("language", language.code())
			.update();
	}

}
