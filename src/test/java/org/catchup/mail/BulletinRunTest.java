package org.catchup.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The file a subscriber is mailed: their language's when the run rendered it, else the run's first. */
class BulletinRunTest {

	@Test
	void theReadersLanguageWhenRenderedElseTheRunsFirst() {
		BulletinRun both = BulletinRun.of("1959-09", "ALL", "true", "false", "en,de", 1);
		assertThat(both.stem("ALL", Locale.ENGLISH)).isEqualTo("bulletin-1959-09");
		assertThat(both.stem("OBS", Locale.GERMAN)).isEqualTo("bulletin-1959-09-OBS.de");
		BulletinRun german = BulletinRun.of("1959-09", "OBS", null, null, "de", 1);
		assertThat(german.stem("OBS", Locale.ENGLISH)).isEqualTo("bulletin-1959-09-OBS.de");
		// a run started before the parameter existed rendered English
		assertThat(BulletinRun.of("1959-09", "ALL", null, null, null, 1).stem("ALL", Locale.GERMAN))
			.isEqualTo("bulletin-1959-09");
	}

}
