package org.catchup.reference;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The enterprises that submissions already name: a reference workbook may leave them out, never drop them. */
@Component
class EnterprisesInUse {

	private static final String CODES_IN_USE = """
			SELECT DISTINCT enterprise_code FROM submission WHERE enterprise_code IS NOT NULL""";

	private final JdbcClient jdbc;

	EnterprisesInUse(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Of {@code named}'s complement: the codes in use that the workbook does not name, sorted. */
	Set<String> leftOut(Set<String> named) {
		List<String> inUse = jdbc.sql(CODES_IN_USE).query(String.class).list();
		Set<String> left = new TreeSet<>(inUse);
		left.removeAll(named);
		return left;
	}

}
