package org.catchup.users;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Users, their roles and enterprises (tables of V3__users.sql); passwords only ever as hashes. */
@Repository
public class UserAccounts {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	public UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
	}

	public boolean exists(String username) {
		return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :username")
			.param("username", username)
			.query(Integer.class)
			.single() > 0;
	}

	public int countWithRole(Role role) {
		return jdbc.sql("SELECT COUNT(*) FROM app_user_role WHERE role = :role")
			.param("role", role.name())
			.query(Integer.class)
			.single();
	}

	@Transactional
	public long create(NewUser user) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO app_user (username, password_hash, display_name, enabled, created_at)
				VALUES (:username, :hash, :displayName, TRUE, :now)""")
			.param("username", user.username())
			.param("hash", passwordEncoder.encode(user.password()))
			.param("displayName", user.displayName() == null || user.displayName().isBlank() ? user.username()
					: user.displayName())
			.param("now", LocalDateTime.now())
			.update(key, "id");
		long id = key.getKey().longValue();
		insertRolesAndEnterprises(id, user.roles(), user.enterprises());
		return id;
	}

	private void insertRolesAndEnterprises(long id, Set<Role> roles, Set<String> enterprises) {
		for (Role role : roles) {
			jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
		for (String enterprise : enterprises) {
			jdbc.sql("INSERT INTO app_user_enterprise (user_id, enterprise_code) VALUES (:id, :code)")
				.param("id", id)
				.param("code", enterprise)
				.update();
		}
	}

	public Optional<UserAccount> find(long id) {
		return list().stream().filter(user -> user.id() == id).findFirst();
	}

	/** How many users who may still sign in hold the role. */
	public int countEnabledWithRole(Role role) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM app_user_role r JOIN app_user u ON u.id = r.user_id
				WHERE r.role = :role AND u.enabled = TRUE""")
			.param("role", role.name())
			.query(Integer.class)
			.single();
	}

	/** Replaces the name, roles and enterprises of a user; the user name and password stay. */
	@Transactional
	public void update(long id, String displayName, Set<Role> roles, Set<String> enterprises) {
		jdbc.sql("UPDATE app_user SET display_name = :displayName WHERE id = :id")
			.param("id", id)
			.param("displayName", displayName)
			.update();
		jdbc.sql("DELETE FROM app_user_role WHERE user_id = :id").param("id", id).update();
		jdbc.sql("DELETE FROM app_user_enterprise WHERE user_id = :id").param("id", id).update();
		insertRolesAndEnterprises(id, roles, enterprises);
	}

	/** A disabled user keeps the account but cannot sign in (page or API). */
	public void setEnabled(long id, boolean enabled) {
		jdbc.sql("UPDATE app_user SET enabled = :enabled WHERE id = :id")
			.param("id", id)
			.param("enabled", enabled)
			.update();
	}

	public void resetPassword(long id, String password) {
		jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE id = :id")
			.param("id", id)
			.param("hash", passwordEncoder.encode(password))
			.update();
	}

	/** The user with the password hash, for signing in. */
	public Optional<SignIn> findForLogin(String username) {
		return jdbc.sql("SELECT id, username, password_hash, display_name, enabled FROM app_user WHERE username = :u")
			.param("u", username)
			.query((rs, n) -> new SignIn(rs.getString("username"), rs.getString("password_hash"),
					rs.getString("display_name"), rs.getBoolean("enabled"), roles(rs.getLong("id")),
					enterprises(rs.getLong("id"))))
			.optional();
	}

	public List<UserAccount> list() {
		Map<Long, UserAccount> users = new LinkedHashMap<>();
		jdbc.sql("SELECT id, username, display_name, enabled FROM app_user ORDER BY username").query(rs -> {
			long id = rs.getLong("id");
			users.put(id, new UserAccount(id, rs.getString("username"), rs.getString("display_name"),
					rs.getBoolean("enabled"), EnumSet.noneOf(Role.class), new TreeSet<>()));
		});
		jdbc.sql("SELECT user_id, role FROM app_user_role")
			.query(rs -> {
				UserAccount user = users.get(rs.getLong("user_id"));
				if (user != null) {
					user.roles().add(Role.valueOf(rs.getString("role")));
				}
			});
		jdbc.sql("SELECT user_id, enterprise_code FROM app_user_enterprise").query(rs -> {
			UserAccount user = users.get(rs.getLong("user_id"));
			if (user != null) {
				user.enterprises().add(rs.getString("enterprise_code"));
			}
		});
		return new ArrayList<>(users.values());
	}

	private Set<Role> roles(long id) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		jdbc.sql("SELECT role FROM app_user_role WHERE user_id = :id")
			.param("id", id)
			.query(String.class)
			.list()
			.forEach(role -> roles.add(Role.valueOf(role)));
		return roles;
	}

	private Set<String> enterprises(long id) {
		return new TreeSet<>(jdbc.sql("SELECT enterprise_code FROM app_user_enterprise WHERE user_id = :id")
			.param("id", id)
			.query(String.class)
			.list());
	}

}
