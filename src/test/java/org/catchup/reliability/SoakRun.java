package org.catchup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak as a Maven-launchable test, tagged {@code soak} so that neither the default suite nor
 * the MariaDB suite runs it: {@code ./catchup soak} does (README, Tests).
 */
@Tag("soak")
class SoakRun {

	@TempDir
	Path dataDir;

	@Test
	void aYearOfNightsWithKillsEndsWithEveryFigureCountedOnce() throws Exception {
		long seed = Long.getLong("catchup.soak.seed", 1959);
		int killEvery = Integer.getInteger("catchup.soak.kill-every", 3);
		// The report goes to the console and to target/soak-report.txt, which ./catchup soak prints.
		Path report = Files.createDirectories(Path.of("target")).resolve("soak-report.txt");
		try (OutputStream file = Files.newOutputStream(report);
				PrintStream both = new PrintStream(new Tee(System.out, file), true, StandardCharsets.UTF_8)) {
			assertThat(new Soak(seed, dataDir, killEvery, both).run()).as("failed checks").isZero();
		}
	}

	private static final class Tee extends OutputStream {

		private final OutputStream first;

		private final OutputStream second;

		Tee(OutputStream first, OutputStream second) {
			this.first = first;
			this.second = second;
		}

		@Override
		public void write(int b) throws IOException {
			first.write(b);
			second.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			first.write(bytes, offset, length);
			second.write(bytes, offset, length);
		}

		@Override
		public void flush() throws IOException {
			first.flush();
			second.flush();
		}

	}

}
