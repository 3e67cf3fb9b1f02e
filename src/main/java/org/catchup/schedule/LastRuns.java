package org.catchup.schedule;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When each job last ran, from the Spring Batch job repository: every start, restart, manual or
 * scheduled, by any instance on the database. Times are the JVM's local time, as Batch stores
 * them.
 */
class LastRuns {

	private final JdbcClient jdbc;

	LastRuns(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	Optional<LocalDateTime> last(String jobName) {
		// MAX over no rows is one NULL row
		return jdbc.sql("""
				SELECT MAX(e.CREATE_TIME) FROM BATCH_JOB_EXECUTION e
				JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
				WHERE i.JOB_NAME = ?""").param(jobName).query(LocalDateTime.class).list().stream().filter(Objects::nonNull).findFirst();
	}

	boolean ranSince(String jobName, LocalDateTime time) {
		return last(jobName).filter(last -> !last.isBefore(time)).isPresent();
	}

}
