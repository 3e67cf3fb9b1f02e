package org.catchup.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Promise 7 for bulletins: a reader sees the old file or the new one, never half of one. */
class BulletinFilesTests {

	@TempDir
	Path folder;

	@Test
	void aRenderingThatFailsHalfWayLeavesThePreviousBulletinUntouchedAndNoTemporaryFile() throws Exception {
		Path target = folder.resolve("bulletin-1959-09.pdf");
		BulletinFiles.write(target, out -> out.write("old edition".getBytes(StandardCharsets.UTF_8)));

		assertThatThrownBy(() -> BulletinFiles.write(target, out -> {
			out.write("half of a new edi".getBytes(StandardCharsets.UTF_8));
			throw new IOException("renderer died");
		})).isInstanceOf(UncheckedIOException.class).hasMessageContaining(target.toString());

		assertThat(Files.readString(target)).isEqualTo("old edition");
		assertThat(folderContents()).containsExactly("bulletin-1959-09.pdf");
	}

	@Test
	void aBulletinIsWrittenUnderAHiddenTemporaryNameAndOnlyThenRenamedIntoPlace() throws Exception {
		Path target = folder.resolve("bulletin-1959-09.xlsx");
		BulletinFiles.write(target, out -> {
			out.write("new".getBytes(StandardCharsets.UTF_8));
			// While the content is being written the real name does not exist yet.
			assertThat(target).doesNotExist();
			assertThat(folderContents()).singleElement().asString().startsWith(".bulletin-1959-09.xlsx").endsWith(".part");
		});

		assertThat(Files.readString(target)).isEqualTo("new");
		assertThat(folderContents()).containsExactly("bulletin-1959-09.xlsx");
	}

	private java.util.List<String> folderContents() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

}
