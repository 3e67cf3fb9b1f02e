package org.catchup.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A job was not started because it is running already, here or in another process. The message
 * is written for the operator who asked for the run.
 */
public class JobAlreadyRunningException extends RuntimeException {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final transient LockHolder holder;

	public JobAlreadyRunningException(LockHolder holder, Instant now, ZoneId zone) {
		super(message(holder, now, zone));
		this.holder = holder;
	}

	public LockHolder holder() {
		return holder;
	}

	private static String message(LockHolder holder, Instant now, ZoneId zone) {
		String execution = holder.executionId() == null ? "its execution is being created"
				: "execution " + holder.executionId();
		return "%s is already running since %s on host %s (%s); try again when it has finished (a lock left by a crashed process frees itself at %s)"
			.formatted(holder.jobName(), format(holder.lockedAt(), now, zone), holder.host(), execution,
					format(holder.expiresAt(), now, zone));
	}

	// Today's times are shown as a clock time only, older ones with their date.
	private static String format(Instant instant, Instant now, ZoneId zone) {
		LocalDateTime time = LocalDateTime.ofInstant(instant, zone);
		return time.toLocalDate().equals(LocalDate.ofInstant(now, zone)) ? TIME.format(time) : DATE_TIME.format(time);
	}

}
