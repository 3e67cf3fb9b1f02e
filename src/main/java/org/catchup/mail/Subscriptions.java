package org.catchup.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The subscriptions (table mail_subscription), with the user name of those that belong to a user. */
@Repository
public class Subscriptions {

	private static final String SELECT = """
			SELECT s.id, s.user_id, u.username, s.recipient_name, s.address, s.language, s.scope, s.with_excel,
			       s.created_by, s.created_at
			FROM mail_subscription s LEFT JOIN app_user u ON u.id = s.user_id
			""";

	private final JdbcClient jdbc;

	Subscriptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every subscription, combine-wide first, then by bulletin and recipient. */
	public List<Subscription> list() {
		return jdbc.sql(SELECT + " ORDER BY CASE WHEN s.scope = 'ALL' THEN 0 ELSE 1 END, s.scope, s.recipient_name, s.id")
			.query(Subscriptions::subscription)
			.list();
	}

	/** The subscriptions of one user, for their page. */
	public List<Subscription> ofUser(long userId) {
		return jdbc.sql(SELECT + " WHERE s.user_id = :user ORDER BY CASE WHEN s.scope = 'ALL' THEN 0 ELSE 1 END, s.scope, s.id")
			.param("user", userId)
			.query(Subscriptions::subscription)
			.list();
	}

	public Optional<Subscription> find(long id) {
		return jdbc.sql(SELECT + " WHERE s.id = :id").param("id", id).query(Subscriptions::subscription).optional();
	}

	/** Whether the address, in any case, already receives the scope's bulletin. */
	public boolean subscribed(String address, String scope) {
		return jdbc.sql("SELECT COUNT(*) FROM mail_subscription WHERE LOWER(address) = LOWER(:address) AND scope = :scope")
			.param("address", address)
			.param("scope", scope)
			.query(Integer.class)
			.single() > 0;
	}

	public void add(NewSubscription subscription, String createdBy, LocalDateTime now) {
		jdbc.sql("""
				INSERT INTO mail_subscription (user_id, recipient_name, address, language, scope, with_excel,
				    created_by, created_at)
				VALUES (:user, :name, :address, :language, :scope, :excel, :createdBy, :now)""")
			.param("user", subscription.userId())
			.param("name", subscription.recipientName())
			.param("address", subscription.address())
			.param("language", subscription.language())
			.param("scope", subscription.scope())
			.param("excel", subscription.withExcel())
			.param("createdBy", createdBy)
			.param("now", now)
			.update();
	}

	public void remove(long id) {
		jdbc.sql("DELETE FROM mail_subscription WHERE id = :id").param("id", id).update();
	}


	private static Subscription subscription(ResultSet rs, int row) throws SQLException {
		long userId = rs.getLong("user_id");
		Long user = rs.wasNull() ? null : userId;
		return new Subscription(rs.getLong("id"), user, rs.getString("username"),
				rs.getString("recipient_name"), rs.getString("address"), rs.getString("language"), rs.getString("scope"),
				rs.getBoolean("with_excel"), rs.getString("created_by"),
				rs.getObject("created_at", LocalDateTime.class));
	}

}
