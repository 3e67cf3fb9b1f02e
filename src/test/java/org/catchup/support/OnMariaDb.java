package org.catchup.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A Spring test on the MariaDB server: tagged {@code mariadb} (run with {@code -Pmariadb}), the
 * {@code mysql} profile's driver settings, and its application context on a database of its own,
 * dropped and recreated empty when the context starts (see {@link MariaDbTestDatabase}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("mariadb")
@ActiveProfiles("mysql")
@ContextCustomizerFactories(MariaDbTestDatabase.ContextFactory.class)
public @interface OnMariaDb {

	/** The database's name on the server, before the checkout's prefix. */
	String value();

}
