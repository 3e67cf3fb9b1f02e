package org.catchup.mail;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The SMTP server of {@code spring.mail.*}, if any. Spring Boot creates its mail sender only when
 * {@code spring.mail.host} is set; a blank host counts as none too, so nothing is ever sent to a
 * guessed server.
 */
@Component
public class SmtpServer {

	private final JavaMailSender sender;

	private final String host;

	private final String port;

	SmtpServer(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
			@Value("${spring.mail.port:}") String port) {
		this.host = host.strip();
		this.port = port.strip();
		this.sender = this.host.isEmpty() ? null : sender.getIfAvailable();
	}

	public boolean configured() {
		return sender != null;
	}

	/** {@code smtp.example.org:587}, or empty when no server is configured. */
	public Optional<String> address() {
		return configured() ? Optional.of(port.isEmpty() ? host : host + ":" + port) : Optional.empty();
	}

	JavaMailSender sender() {
		if (sender == null) {
			throw new IllegalStateException("No SMTP server is configured (spring.mail.host)");
		}
		return sender;
	}

}
