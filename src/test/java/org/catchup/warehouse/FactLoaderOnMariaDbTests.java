package org.catchup.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.catchup.support.OnMariaDb;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** LOAD DATA LOCAL INFILE fed from a stream, with the driver settings of the mysql profile. */
@OnMariaDb("catchup_fact_loader_test")
@SpringBootTest
class FactLoaderOnMariaDbTests extends FactLoaderScenario {

	@Test
	void usesLoadDataFromAStream() {
		assertThat(loader).isInstanceOf(LoadDataFactLoader.class);
	}

	@Override
	boolean storesTeams() {
		return true;
	}

}
