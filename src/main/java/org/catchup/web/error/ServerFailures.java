package org.catchup.web.error;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
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

	static void record(ProblemDetail problem, Problems problems, Locale locale, String request, Throwable ex,
			Logger log) {
		String reference = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		String time = LocalDateTime.now().format(TIME);
		problem.setDetail(problems.say(locale, "error.serverFailure", reference, time));
		problem.setProperty("reference", reference);
		problem.setProperty("time", time);
		log.error("Server failure, reference {}, at {}: {}", reference, request, String.valueOf(ex), ex);
	}

}
