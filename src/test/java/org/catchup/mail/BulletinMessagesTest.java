package org.catchup.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class BulletinMessagesTest {

	private static final YearMonth JULY = YearMonth.of(1959, 7);

	@Test
	void everyMailTextIsInBothLanguages() throws IOException {
		Properties english = bundle("messages.properties");
		Properties german = bundle("messages_de.properties");
		List<String> mailKeys = english.stringPropertyNames().stream().filter(key -> key.startsWith("mail.")).toList();
		assertThat(mailKeys).isNotEmpty();
		assertThat(german.stringPropertyNames().stream().filter(key -> key.startsWith("mail.")))
			.containsExactlyInAnyOrderElementsOf(mailKeys);
	}

	@Test
	void theMonthAndTheTextsFollowTheRecipientsLanguage() {
		BulletinMessages messages = new BulletinMessages(messageSource());
		PlannedMail german = new PlannedMail("OBS", "Otto-Brosowski-Schacht (OBS)", "Werkleitung", "w@obs.example",
				Locale.GERMAN, List.of(Path.of("bulletin-1959-07-OBS.pdf"), Path.of("bulletin-1959-07-OBS.xlsx")), null);
		assertThat(messages.subject(german, JULY)).isEqualTo("Catch-Up-Bulletin Juli 1959: Otto-Brosowski-Schacht (OBS)");
		assertThat(messages.body(german, JULY)).startsWith("Guten Tag Werkleitung,\n\nanbei das Bulletin von")
			.contains("für Juli 1959")
			.contains("Die Excel-Arbeitsmappe");
		PlannedMail english = new PlannedMail("ALL", null, "Erna", "erna@example.org", Locale.ENGLISH,
				List.of(Path.of("bulletin-1959-07.pdf")), null);
		assertThat(messages.subject(english, JULY)).isEqualTo("Catch-Up bulletin July 1959");
		assertThat(messages.body(english, JULY)).startsWith("Dear Erna,").doesNotContain("Excel");
	}

	private static ResourceBundleMessageSource messageSource() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding(StandardCharsets.UTF_8.name());
		source.setFallbackToSystemLocale(false);
		return source;
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = BulletinMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
