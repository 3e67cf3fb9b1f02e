package org.catchup.web.error;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.springframework.http.ProblemDetail;

/**
 * A failure on the server: the person is told a generic sentence and a reference, the log gets
 * the same reference with the stack trace, so an administrator finds one from the other.
 */
final class ServerFailures {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private ServerFailures() {
	}

	static void record(ProblemDetail problem, String request, Throwable ex, Logger log) {
		String reference = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		String time = LocalDateTime.now().format(TIME);
		problem.setDetail("Something went wrong on the server; nothing you did caused it. If it happens again, give"
				+ " an administrator the reference " + reference + " (" + time + ").");
		problem.setProperty("reference", reference);
		problem.setProperty("time", time);
		log.error("Server failure, reference {}, at {}: {}", reference, request, String.valueOf(ex), ex);
	}

}
