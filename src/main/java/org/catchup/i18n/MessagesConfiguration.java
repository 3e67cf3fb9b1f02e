package org.catchup.i18n;

import java.math.BigInteger;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles {@code messages.properties} (English, the default) and
 * {@code messages_de.properties}: every word the pages, the bulletins' Java-built text and the
 * problem lists show. Made here rather than by Boot's properties so that tests without an
 * application context read the bundles exactly as the application does.
 */
@Configuration(proxyBeanMethods = false)
public class MessagesConfiguration {

	public static final String BASENAME = "messages";

	/** The bean Spring MVC, Thymeleaf and Bean Validation look up by this name. */
	@Bean
	MessageSource messageSource() {
		return bundles();
	}

	/**
	 * UTF-8 bundles; a language without a bundle gets English, never the server's own locale;
	 * every text goes through {@link MessageFormat}, so an apostrophe is always written twice
	 * ({@code ''}) whether or not the text has arguments. A whole number filled into a plain
	 * {@code {0}} is written without grouping (a count, a year, an id: "1234", never "1,234");
	 * inside a choice, {@code {0,number,0}} does the same.
	 */
	public static MessageSource bundles() {
		ResourceBundleMessageSource source = new PlainNumbers();
		source.setBasename(BASENAME);
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setAlwaysUseMessageFormat(true);
		return source;
	}

	/** Bundles whose plain arguments write whole numbers as they are. */
	private static final class PlainNumbers extends ResourceBundleMessageSource {

		@Override
		protected MessageFormat createMessageFormat(String message, Locale locale) {
			MessageFormat format = super.createMessageFormat(message, locale);
			Format[] formats = format.getFormats();
			for (int i = 0; i < formats.length; i++) {
				if (formats[i] == null) {
					format.setFormat(i, new PlainArgument(locale));
				}
			}
			return format;
		}

	}

	/** What MessageFormat writes for a plain argument, whole numbers without grouping. */
	private static final class PlainArgument extends Format {

		private final Locale locale;

		PlainArgument(Locale locale) {
			this.locale = locale;
		}

		@Override
		public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
			if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
					|| value instanceof BigInteger) {
				return to.append(value);
			}
			if (value instanceof Number) {
				return NumberFormat.getInstance(locale).format(value, to, position);
			}
			return to.append(value);
		}

		@Override
		public Object parseObject(String source, ParsePosition position) {
			throw new UnsupportedOperationException("Messages are written, never read back");
		}

	}

}
