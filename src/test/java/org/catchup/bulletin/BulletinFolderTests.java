package org.catchup.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.catchup.system.CatchUpProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulletins folder: English files keep their names, another language is marked before the extension. */
class BulletinFolderTests {

	@TempDir
	Path folder;

	@Test
	void eachMonthScopeAndLanguageIsOneBulletinEnglishFirst() throws IOException {
		for (String name : List.of("bulletin-1959-09.pdf", "bulletin-1959-09.xlsx", "bulletin-1959-09.de.pdf",
				"bulletin-1959-09.de.xlsx", "bulletin-1959-09-OBS.de.pdf", "bulletin-1959-08.pdf",
				"bulletin-1959-09.fr.pdf", "bulletin-1959-09.en.pdf", "notes.txt")) {
			Files.writeString(folder.resolve(name), "x");
		}
		assertThat(bulletins().list()).extracting(b -> b.month() + "/" + b.scope() + "/" + b.language() + " " + b.pdf())
			.containsExactly("1959-09/OBS/de bulletin-1959-09-OBS.de.pdf", "1959-09//en bulletin-1959-09.pdf",
					"1959-09//de bulletin-1959-09.de.pdf", "1959-08//en bulletin-1959-08.pdf");
		assertThat(bulletins().list().get(2).excel()).isEqualTo("bulletin-1959-09.de.xlsx");
	}

	@Test
	void aGermanBulletinBelongsToItsScopeAndOnlyKnownLanguagesAreServed() throws IOException {
		Files.writeString(folder.resolve("bulletin-1959-09-OBS.de.pdf"), "x");
		Files.writeString(folder.resolve("bulletin-1959-09.fr.pdf"), "x");
		assertThat(BulletinFolder.scopeOf("bulletin-1959-09-OBS.de.pdf")).hasValue("OBS");
		assertThat(BulletinFolder.scopeOf("bulletin-1959-09.de.xlsx")).hasValue("");
		// a scope that happens to be a language code stays a scope
		assertThat(BulletinFolder.scopeOf("bulletin-1959-09-DE.pdf")).hasValue("DE");
		assertThat(BulletinFolder.scopeOf("bulletin-1959-09.en.pdf")).isEmpty();
		assertThat(bulletins().file("bulletin-1959-09-OBS.de.pdf")).isPresent();
		assertThat(bulletins().file("bulletin-1959-09.fr.pdf")).isEmpty();
	}

	private BulletinFolder bulletins() {
		return new BulletinFolder(new CatchUpProperties(folder, folder, folder, folder, folder, folder, folder, 1, 5, 2));
	}

}
