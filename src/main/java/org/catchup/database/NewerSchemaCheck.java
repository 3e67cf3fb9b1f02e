package org.catchup.database;

import java.util.Arrays;
import java.util.Comparator;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Migrates the warehouse, unless a newer build of Catch-Up has already taken it further than this
 * build knows: then nothing starts and nothing is changed. Flyway itself ignores such "future"
 * migrations, so an old worker left on one machine would otherwise load files into tables whose
 * meaning it does not know (and Flyway's own validation error advises a repair, which would be
 * the wrong cure).
 */
public final class NewerSchemaCheck implements FlywayMigrationStrategy {

	@Override
	public void migrate(Flyway flyway) {
		// applied here, above every version this build carries: Flyway's "future" migrations (one
		// below them that this build lacks is "missing": Flyway's own validation names that one)
		MigrationInfo newest = Arrays.stream(flyway.info().applied())
			.filter(info -> info.getVersion() != null && isFuture(info.getState()))
			.max(Comparator.comparing(MigrationInfo::getVersion))
			.orElse(null);
		if (newest != null) {
			throw new NewerSchemaException("the warehouse was brought to version " + newest.getVersion()
					+ " by a newer build of Catch-Up, and this build knows it only up to version "
					+ latestKnown(flyway) + "; install the newer build here too, then start again "
					+ "(nothing was changed)");
		}
		flyway.migrate();
	}

	private static boolean isFuture(MigrationState state) {
		return state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED;
	}

	/** The highest version among the migrations this build carries. */
	private static String latestKnown(Flyway flyway) {
		return Arrays.stream(flyway.info().all())
			.filter(info -> info.getVersion() != null && info.getState().isResolved())
			.map(MigrationInfo::getVersion)
			.max(Comparator.naturalOrder())
			.map(Object::toString)
			.orElse("none");
	}

	/** The database belongs to a newer build. */
	public static final class NewerSchemaException extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		NewerSchemaException(String message) {
			super(message);
		}

	}

}
