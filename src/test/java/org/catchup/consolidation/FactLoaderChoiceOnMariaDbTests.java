package org.catchup.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.catchup.support.MariaDbTestDatabase;
import org.catchup.warehouse.JdbcBatchFactLoader;
import org.catchup.warehouse.LoadDataFactLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Which loader a night gets on a MySQL/MariaDB server, by what the server accepts. */
@Tag("mariadb")
class FactLoaderChoiceOnMariaDbTests {

	private final DriverManagerDataSource database = new DriverManagerDataSource(
			MariaDbTestDatabase.recreate("catchup_fact_loader_choice_test") + "?allowLoadLocalInfile=true", "root", "");

	@Test
	void aServerThatAcceptsLoadDataLocalGetsTheStreamingLoader() throws SQLException {
		assertThat(new ConsolidationConfiguration().factLoader(database, "auto"))
			.isInstanceOf(LoadDataFactLoader.class);
	}

	@Test
	void aServerWithLocalInfileOffGetsBatchedInsertsInsteadOfFailingEveryLoad() throws SQLException {
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			// a stock MySQL 8 server: the switch is global, so it is turned back on at once
			statement.execute("SET GLOBAL local_infile = OFF");
			try {
				assertThat(new ConsolidationConfiguration().factLoader(database, "auto"))
					.isInstanceOf(JdbcBatchFactLoader.class);
			}
			finally {
				statement.execute("SET GLOBAL local_infile = ON");
			}
		}
	}

	@Test
	void aDriverWithoutLocalInfileGetsBatchedInserts() throws SQLException {
		DriverManagerDataSource withoutLocalInfile = new DriverManagerDataSource(
				MariaDbTestDatabase.url("catchup_fact_loader_choice_test"), "root", "");

		assertThat(new ConsolidationConfiguration().factLoader(withoutLocalInfile, "auto"))
			.isInstanceOf(JdbcBatchFactLoader.class);
	}

}
