package org.catchup.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The bulletin mail: subject and text in the recipient's language (message bundles
 * {@code messages*.properties}, keys {@code mail.bulletin.*}), the bulletin files attached.
 */
@Component
class BulletinMessages {

	private static final String EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final MessageSource messages;

	BulletinMessages(MessageSource messages) {
		this.messages = messages;
	}

	String subject(PlannedMail mail, YearMonth month) {
		Locale locale = mail.locale();
		return mail.bulletinTitle() == null ? text("mail.bulletin.subject.combine", locale, month(month, locale))
				: text("mail.bulletin.subject.enterprise", locale, month(month, locale), mail.bulletinTitle());
	}

	String body(PlannedMail mail, YearMonth month) {
		Locale locale = mail.locale();
		StringBuilder body = new StringBuilder();
		body.append(text("mail.bulletin.greeting", locale, mail.recipientName())).append("\n\n");
		body.append(mail.bulletinTitle() == null ? text("mail.bulletin.body.combine", locale, month(month, locale))
				: text("mail.bulletin.body.enterprise", locale, month(month, locale), mail.bulletinTitle()));
		if (mail.attachments().size() > 1) {
			body.append(' ').append(text("mail.bulletin.body.excel", locale));
		}
		body.append("\n\n").append(text("mail.bulletin.signature", locale)).append("\n\n-- \n");
		body.append(text("mail.bulletin.footer", locale, mail.address())).append('\n');
		return body.toString();
	}

	MimeMessage compose(MimeMessage message, PlannedMail mail, YearMonth month, String from)
			throws MessagingException, UnsupportedEncodingException {
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(new InternetAddress(mail.address(), mail.recipientName(), StandardCharsets.UTF_8.name()));
		helper.setSubject(subject(mail, month));
		helper.setText(body(mail, month), false);
		for (Path file : mail.attachments()) {
			String name = file.getFileName().toString();
			helper.addAttachment(name, new FileSystemResource(file), name.endsWith(".pdf") ? "application/pdf" : EXCEL);
		}
		return message;
	}

	/** {@code September 1959}, {@code Juli 1959}. */
	static String month(YearMonth month, Locale locale) {
		return month.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
