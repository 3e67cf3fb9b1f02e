package org.catchup.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.catchup.support.FreshDataFolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The benchmark at a tiny scale on H2, so it cannot rot: every case runs and checks its rows. No timing. */
@SpringBootTest
class BenchmarkSmokeTests extends FreshDataFolder {

	@Autowired
	BenchmarkCommand benchmark;

	@Test
	void everyCaseRunsAtThreeSizesAndPrintsTheTable() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		benchmark.run(List.of("all", "--scale=0.001", "--rounds=2"), new PrintStream(bytes, true, StandardCharsets.UTF_8));

		String output = bytes.toString(StandardCharsets.UTF_8);
		assertThat(output).contains("| case | size | rows | seconds | rows/s | µs/row | peak heap MB |");
		for (String name : List.of("3 big file H2", "2 night", "4 bulletin", "5 pairing")) {
			assertThat(output.lines().filter(line -> line.startsWith("| " + name))).as(name).hasSize(3);
		}
		assertThat(output.lines().filter(line -> line.startsWith("| 2 night"))).allMatch(
				line -> line.contains("ms/file over bare; first round"));
	}

}
