package org.catchup.reliability;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;

/**
 * The warehouse dropping away, on cue: wraps the application's DataSource so that from the n-th
 * statement containing a given SQL fragment on, every statement and every new connection fails
 * as a lost connection does, until {@link #restore()}. Rollback and close still go through, as
 * the driver would let them. Import {@link Config} into a test context to switch it in.
 */
final class FlakyDatabase {

	static final String MESSAGE = "Communications link failure: the database server cannot be reached";

	private static final AtomicBoolean down = new AtomicBoolean();

	private static volatile String cueSql;

	private static final AtomicInteger cueCountdown = new AtomicInteger(-1);

	private FlakyDatabase() {
	}

	/** Goes down at the {@code occurrence}-th statement whose SQL contains {@code sqlFragment}. */
	static void cutAt(String sqlFragment, int occurrence) {
		cueSql = sqlFragment;
		cueCountdown.set(occurrence);
	}

	static void restore() {
		down.set(false);
		cueCountdown.set(-1);
	}

	static boolean isDown() {
		return down.get();
	}

	/** Not a @Configuration: only tests that import it get it (the app's component scan never does). */
	static class Config {

		@Bean
		static BeanPostProcessor flakyDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return bean instanceof DataSource dataSource ? wrap(dataSource) : bean;
				}
			};
		}

	}

	static DataSource wrap(DataSource target) {
		return proxy(DataSource.class, target, (method, args) -> {
			if (method.getName().equals("getConnection")) {
				failIfDown();
				return wrapConnection((Connection) method.invoke(target, args));
			}
			return method.invoke(target, args);
		});
	}

	private static Connection wrapConnection(Connection target) {
		return proxy(Connection.class, target, (method, args) -> {
			Object result = method.invoke(target, args);
			String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
			if (result instanceof CallableStatement statement) {
				return proxy(CallableStatement.class, statement, statementHandler(statement, sql));
			}
			if (result instanceof PreparedStatement statement) {
				return proxy(PreparedStatement.class, statement, statementHandler(statement, sql));
			}
			if (result instanceof Statement statement) {
				return proxy(Statement.class, statement, statementHandler(statement, null));
			}
			if (method.getName().equals("commit") || method.getName().equals("setSavepoint")) {
				failIfDown();
			}
			return result;
		});
	}

	private static Handler statementHandler(Statement target, String preparedSql) {
		return (method, args) -> {
			if (method.getName().startsWith("execute") || method.getName().equals("addBatch") && preparedSql == null) {
				String sql = preparedSql != null ? preparedSql
						: args != null && args.length > 0 && args[0] instanceof String s ? s : "";
				String cue = cueSql;
				if (cue != null && sql.contains(cue) && cueCountdown.get() > 0 && cueCountdown.decrementAndGet() == 0) {
					down.set(true);
				}
				failIfDown();
			}
			return method.invoke(target, args);
		};
	}

	private static void failIfDown() throws SQLTransientConnectionException {
		if (down.get()) {
			throw new SQLTransientConnectionException(MESSAGE, "08S01");
		}
	}

	private interface Handler {

		Object handle(Method method, Object[] args) throws Throwable;

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, Object target, Handler handler) {
		InvocationHandler invocation = (proxy, method, args) -> {
			try {
				return handler.handle(method, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (T) Proxy.newProxyInstance(FlakyDatabase.class.getClassLoader(), new Class<?>[] { type }, invocation);
	}

}
