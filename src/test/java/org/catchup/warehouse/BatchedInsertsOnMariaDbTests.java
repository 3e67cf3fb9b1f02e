package org.catchup.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.catchup.support.OnMariaDb;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The batched INSERTs on MySQL/MariaDB: what a night gets from a server that refuses
 * {@code LOAD DATA LOCAL}; the same promises as the streaming loader.
 */
@OnMariaDb("catchup_batched_inserts_test")
@SpringBootTest(properties = "catchup.fact-loader=jdbc")
class BatchedInsertsOnMariaDbTests extends FactLoaderScenario {

	@Test
	void usesBatchedInserts() {
		assertThat(loader).isInstanceOf(JdbcBatchFactLoader.class);
	}

	@Override
	boolean storesTeams() {
		return false;
	}

}
