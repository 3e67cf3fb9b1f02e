package org.catchup.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class NewerSchemaCheckTest {

	private final DriverManagerDataSource database = new DriverManagerDataSource(
			"jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
					+ "DB_CLOSE_DELAY=-1", "sa", "");

	private final Flyway flyway = Flyway.configure()
		.dataSource(database)
		.locations("classpath:db/migration/common", "classpath:db/migration/h2")
		.load();

	private final JdbcTemplate jdbc = new JdbcTemplate(database);

	@Test
	void aWarehouseThisBuildKnowsIsMigratedToItsLatestVersion() {
		new NewerSchemaCheck().migrate(flyway);

		assertThat(flyway.info().pending()).isEmpty();
		assertThat(flyway.info().current()).isNotNull();
	}

	@Test
	void aWarehouseANewerBuildMigratedFurtherIsLeftAloneAndTheBuildRefusesToStart() {
		new NewerSchemaCheck().migrate(flyway);
		String known = flyway.info().current().getVersion().toString();
		jdbc.update("""
				INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,
				    checksum, installed_by, execution_time, success)
				VALUES (999, '999', 'from a newer build', 'SQL', 'V999__from_a_newer_build.sql', 0, 'sa', 1, TRUE)""");
		Integer rowsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history", Integer.class);

		assertThatThrownBy(() -> new NewerSchemaCheck().migrate(flyway))
			.isInstanceOf(NewerSchemaCheck.NewerSchemaException.class)
			.hasMessage("the warehouse was brought to version 999 by a newer build of Catch-Up, and this build knows it "
					+ "only up to version " + known + "; install the newer build here too, then start again "
					+ "(nothing was changed)");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history", Integer.class))
			.isEqualTo(rowsBefore);
	}

	@Test
	void aMigrationMissingFromThisBuildBelowItsLatestIsLeftToFlywaysOwnValidation() {
		new NewerSchemaCheck().migrate(flyway);
		jdbc.update("""
				INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,
				    checksum, installed_by, execution_time, success)
				VALUES (998, '1.5', 'no longer carried', 'SQL', 'V1_5__no_longer_carried.sql', 0, 'sa', 1, TRUE)""");

		assertThatThrownBy(() -> new NewerSchemaCheck().migrate(flyway))
			.isNotInstanceOf(NewerSchemaCheck.NewerSchemaException.class)
			.hasMessageContaining("1.5");
	}

}
