package org.catchup.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.catchup.support.FreshDataFolder;
import org.catchup.support.OnMariaDb;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Case {@code remote-night} at a tiny scale, so it cannot rot: a manager and two worker JVMs on
 * the local RabbitMQ and MariaDB load every row, and the table holds the remote night beside the
 * local one. No timing.
 */
@OnMariaDb("catchup_bench_remote_smoke")
@Tag("rabbitmq")
@SpringBootTest
class RemoteNightBenchmarkSmokeTests extends FreshDataFolder {

	private static final String QUEUE = "catchup.test." + UUID.randomUUID();

	@DynamicPropertySource
	static void queue(DynamicPropertyRegistry registry) {
		// its own queue: test runs side by side never take each other's partitions
		registry.add("catchup.consolidation.queue", () -> QUEUE);
	}

	@Autowired
	BenchmarkCommand benchmark;

	@Test
	void theRemoteNightRunsOnTwoWorkersAndIsSetAgainstTheLocalNight() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		benchmark.run(List.of("remote-night", "--scale=0.001", "--rounds=1", "--sizes=0.5"),
				new PrintStream(bytes, true, StandardCharsets.UTF_8));

		String output = bytes.toString(StandardCharsets.UTF_8);
		assertThat(output.lines().filter(line -> line.startsWith("| 6 local night 9 files × 9"))).hasSize(1);
		assertThat(output.lines().filter(line -> line.startsWith("| 6 remote night 9 files × 9, 2 workers")))
			.singleElement()
			.asString()
			.contains("| 81 |")
			.contains("reference: the local night, run right before each remote round")
			.containsPattern("remote ÷ local \\[[0-9.]+\\], after 2 unmeasured remote nights .*; 2 workers");
	}

}
