package org.catchup.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.catchup.figures.AssistancePair;
import org.catchup.figures.Fulfilment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpilledRowsTests {

	@TempDir
	Path directory;

	@Test
	void readsBackInTheOrderWrittenWhetherIteratedOrByIndex() {
		try (SpilledRows<AssistancePair> rows = new SpilledRows<>(directory, "pairs")) {
			rows.append("A", List.of(pair("A", "1", "B"), pair("A", "2", "C")));
			rows.append("B", List.of());
			rows.append("C", List.of(pair("C", "1", "A")));

			assertThat(rows).hasSize(3);
			assertThat(rows).extracting(pair -> pair.enterpriseCode() + pair.teamCode()).containsExactly("A1", "A2", "C1");
			assertThat(rows.get(2).teamFulfilment()).isEqualTo(new Fulfilment(BigDecimal.TEN, new BigDecimal("9.5")));
			assertThat(rows.get(0)).isEqualTo(pair("A", "1", "B"));
			assertThatThrownBy(() -> rows.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
		}
	}

	@Test
	void anEnterpriseFindsItsOwnBlocksAndThoseItIsNamedIn() {
		try (SpilledRows<AssistancePair> rows = new SpilledRows<>(directory, "pairs")) {
			rows.append("A", List.of(pair("A", "1", "B"), pair("A", "2", "C")), Set.of("B", "C"));
			rows.append("B", List.of(pair("B", "1", "C")), Set.of("C"));
			rows.append("C", List.of(pair("C", "1", "D")), Set.of("D"));

			assertThat(rows.of(Set.of("B"))).extracting(AssistancePair::teamCode).containsExactly("1", "2", "1");
			assertThat(rows.of(Set.of("D", "A"))).extracting(pair -> pair.enterpriseCode() + pair.teamCode())
				.containsExactly("A1", "A2", "C1");
			assertThat(rows.of(Set.of("X"))).isEmpty();
			List<String> blocks = new ArrayList<>();
			rows.forEachBlock((code, block) -> blocks.add(code + block.size()));
			assertThat(blocks).containsExactly("A2", "B1", "C1");
		}
	}

	@Test
	void closingDeletesItsFile() throws IOException {
		SpilledRows<AssistancePair> rows = new SpilledRows<>(directory, "pairs");
		rows.append("A", List.of(pair("A", "1", "B")));
		assertThat(files()).hasSize(1);

		rows.close();

		assertThat(files()).isEmpty();
	}

	private List<Path> files() throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.toList();
		}
	}

	private static AssistancePair pair(String enterprise, String team, String helperEnterprise) {
		return new AssistancePair(enterprise, team, "Brigade " + team, new Fulfilment(BigDecimal.TEN, new BigDecimal("9.5")),
				helperEnterprise, "H" + team, "Helper " + team, new Fulfilment(BigDecimal.TEN, BigDecimal.valueOf(11)),
				"COAL");
	}

}
