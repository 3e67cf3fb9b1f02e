package org.catchup.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The embedded default: batched INSERTs on the loader thread. */
@SpringBootTest
class FactLoaderOnH2Tests extends FactLoaderScenario {

	@Test
	void usesBatchedInserts() {
		assertThat(loader).isInstanceOf(JdbcBatchFactLoader.class);
	}

	@Override
	boolean storesTeams() {
		return false;
	}

}
