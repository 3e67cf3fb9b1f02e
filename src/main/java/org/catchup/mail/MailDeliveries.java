package org.catchup.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every bulletin mailed or tried (table mail_delivery), for the runs and the operators' page. */
@Repository
public class MailDeliveries {

	private static final String SELECT = """
			SELECT id, period, scope, address, recipient_name, language, attachments, status, attempts, last_error,
			       sent_at, updated_at, job_instance_id, job_execution_id
			FROM mail_delivery
			""";

	private static final int MAX_ERROR = 1000;

	private static final int MAX_ATTACHMENTS = 1000;

	private final JdbcClient jdbc;

	MailDeliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The run's own delivery of the bulletin to the address (a restart finds its first try's). */
	Optional<Delivery> ofRun(long jobInstanceId, String scope, String address) {
		return jdbc.sql(SELECT + " WHERE job_instance_id = :instance AND scope = :scope AND address = :address")
			.param("instance", jobInstanceId)
			.param("scope", scope)
			.param("address", address)
			.query(MailDeliveries::delivery)
			.optional();
	}

	/** The latest time any run mailed the month's bulletin to the address. */
	Optional<Delivery> lastSent(YearMonth month, String scope, String address) {
		return first(SELECT + """
				 WHERE period = :period AND scope = :scope AND address = :address AND status = 'SENT'
				ORDER BY sent_at DESC, id DESC""", month, scope, address);
	}

	/** A delivery of the month's bulletin to the address that some run tried and could not send. */
	Optional<Delivery> unsent(YearMonth month, String scope, String address) {
		return first(SELECT + """
				 WHERE period = :period AND scope = :scope AND address = :address AND status = 'FAILED'
				ORDER BY id DESC""", month, scope, address);
	}

	private Optional<Delivery> first(String sql, YearMonth month, String scope, String address) {
		return jdbc.sql(sql)
			.param("period", month.toString())
			.param("scope", scope)
			.param("address", address)
			.query(MailDeliveries::delivery)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * Records a try of a mail: a new row, or the row it continues (an earlier try that failed),
	 * which then belongs to this run.
	 */
	void record(PlannedMail mail, BulletinRun run, long jobExecutionId, MailOutcome outcome, LocalDateTime now) {
		String status = outcome.sent() ? Delivery.Status.SENT.name() : Delivery.Status.FAILED.name();
		String error = outcome.error() == null ? null : cut(outcome.error(), MAX_ERROR);
		if (mail.deliveryId() != null) {
			jdbc.sql("""
					UPDATE mail_delivery
					SET status = :status, attempts = attempts + :attempts, last_error = :error, sent_at = :sentAt,
					    updated_at = :now, recipient_name = :name, language = :language, attachments = :attachments,
					    job_instance_id = :instance, job_execution_id = :execution
					WHERE id = :id""")
				.param("id", mail.deliveryId())
				.param("status", status)
				.param("attempts", outcome.attempts())
				.param("error", error)
				.param("sentAt", outcome.sent() ? now : null)
				.param("now", now)
				.param("name", mail.recipientName())
				.param("language", mail.locale().getLanguage())
				.param("attachments", cut(mail.attachmentNames(), MAX_ATTACHMENTS))
				.param("instance", run.jobInstanceId())
				.param("execution", jobExecutionId)
				.update();
			return;
		}
		jdbc.sql("""
				INSERT INTO mail_delivery (period, scope, address, recipient_name, language, attachments, status,
				    attempts, last_error, sent_at, updated_at, job_instance_id, job_execution_id)
				VALUES (:period, :scope, :address, :name, :language, :attachments, :status, :attempts, :error,
				    :sentAt, :now, :instance, :execution)""")
			.param("period", run.month().toString())
			.param("scope", mail.scope())
			.param("address", mail.address())
			.param("name", mail.recipientName())
			.param("language", mail.locale().getLanguage())
			.param("attachments", cut(mail.attachmentNames(), MAX_ATTACHMENTS))
			.param("status", status)
			.param("attempts", outcome.attempts())
			.param("error", error)
			.param("sentAt", outcome.sent() ? now : null)
			.param("now", now)
			.param("instance", run.jobInstanceId())
			.param("execution", jobExecutionId)
			.update();
	}

	/** What one execution of a run sent, in order. */
	List<Delivery> sentBy(long jobExecutionId) {
		return jdbc.sql(SELECT + " WHERE job_execution_id = :execution AND status = 'SENT' ORDER BY id")
			.param("execution", jobExecutionId)
			.query(MailDeliveries::delivery)
			.list();
	}

	/** What one execution of a run tried and could not send. */
	List<Delivery> unsentBy(long jobExecutionId) {
		return jdbc.sql(SELECT + " WHERE job_execution_id = :execution AND status = 'FAILED' ORDER BY id")
			.param("execution", jobExecutionId)
			.query(MailDeliveries::delivery)
			.list();
	}

	/** The latest deliveries, newest first, for the operators' page. */
	public List<Delivery> latest(int limit) {
		return jdbc.sql(SELECT + " ORDER BY updated_at DESC, id DESC LIMIT :limit")
			.param("limit", limit)
			.query(MailDeliveries::delivery)
			.list();
	}

	/** How many deliveries are FAILED now, over all months. */
	public int unsentCount() {
		return jdbc.sql("SELECT COUNT(*) FROM mail_delivery WHERE status = 'FAILED'").query(Integer.class).single();
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	private static Delivery delivery(ResultSet rs, int row) throws SQLException {
		return new Delivery(rs.getLong("id"), rs.getString("period"), rs.getString("scope"), rs.getString("address"),
				rs.getString("recipient_name"), rs.getString("language"), rs.getString("attachments"),
				Delivery.Status.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
				rs.getObject("sent_at", LocalDateTime.class), rs.getObject("updated_at", LocalDateTime.class),
				rs.getLong("job_instance_id"), rs.getLong("job_execution_id"));
	}

}
