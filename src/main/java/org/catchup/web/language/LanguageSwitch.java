package org.catchup.web.language;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.catchup.i18n.Language;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language links of every page's header ({@code layout.html}, {@code login.html}), used as
 * {@code ${@languageSwitch.links()}}: the page itself with {@code lang=} set, its other query
 * parameters kept. Read from the request rather than the model so that error pages, which no
 * controller fills, have them too.
 */
@Component("languageSwitch")
public class LanguageSwitch {

	/** A language with the address that switches to it; {@code code} names it in the bundles. */
	public record Link(String code, String href) {
	}

	public List<Link> links() {
		String query = query();
		return List.of(Language.values())
			.stream()
			.map(language -> new Link(language.code(), UriComponentsBuilder.newInstance()
				.query(query)
				.replaceQueryParam(LanguageConfiguration.PARAMETER, language.code())
				// a form's token has no place in a link
				.replaceQueryParam("_csrf")
				.build()
				.toUriString()))
			.toList();
	}

	private static String query() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			// an error page answers at the failed address; its own query is not the reader's
			return request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR ? null : request.getQueryString();
		}
		return null;
	}

}
