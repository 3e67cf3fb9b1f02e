package org.catchup.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * A fresh database on the MariaDB server at 127.0.0.1:3306 (root, no password), for the tests
 * tagged {@code mariadb}. They fail, never skip, when the server cannot be reached. A Spring test
 * names its database with {@link OnMariaDb}.
 */
public final class MariaDbTestDatabase {

	private static final String SERVER = System.getProperty("catchup.test.mariadb",
			"jdbc:mysql://127.0.0.1:3306/");

	/** Lets several checkouts run the same test classes on one server side by side. */
	private static final String PREFIX = System.getProperty("catchup.test.db-prefix", "");

	private MariaDbTestDatabase() {
	}

	/** Drops and recreates {@code name} and points the application's datasource at it. */
	public static void register(String name, DynamicPropertyRegistry registry) {
		datasource(recreate(name)).forEach((key, value) -> registry.add(key, () -> value));
	}

	private static Map<String, Object> datasource(String url) {
		return Map.of("spring.datasource.url", url, "spring.datasource.username", "root",
				"spring.datasource.password", "", "spring.datasource.driver-class-name", "com.mysql.cj.jdbc.Driver");
	}

	/** Drops and recreates {@code name}, empty; returns its JDBC URL. */
	public static String recreate(String name) {
		String qualified = PREFIX + name;
		try (Connection connection = DriverManager.getConnection(SERVER, "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + qualified);
			statement.execute("CREATE DATABASE " + qualified + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("MariaDB at " + SERVER + " is not reachable: " + ex.getMessage(), ex);
		}
		return url(name);
	}

	public static String url(String name) {
		return SERVER + qualified(name);
	}

	/** The database's name on the server, with this checkout's prefix. */
	public static String qualified(String name) {
		return PREFIX + name;
	}

	/** A plain connection to {@code name}, for tests that inspect a database another JVM wrote. */
	public static Connection connect(String name) throws SQLException {
		return DriverManager.getConnection(url(name), "root", "");
	}

	/** Reads {@link OnMariaDb} from a test class. */
	static final class ContextFactory implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			OnMariaDb onMariaDb = TestContextAnnotationUtils.findMergedAnnotation(testClass, OnMariaDb.class);
			return (onMariaDb != null) ? new Database(onMariaDb.value()) : null;
		}

	}

	/**
	 * Recreates the database only when a context is built for it (not when a cached one is
	 * reused), as a {@code @DynamicPropertySource} would. The environment is ready by then, so
	 * these properties go first, above application.properties.
	 */
	private record Database(String name) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("MariaDB test database " + name, datasource(recreate(name))));
		}

	}

}
