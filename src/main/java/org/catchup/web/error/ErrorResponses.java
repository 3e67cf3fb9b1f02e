package org.catchup.web.error;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.catchup.i18n.Language;
import org.catchup.web.security.CatchUpUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns a problem into the answer the caller can read: {@code application/problem+json} for
 * the API and for clients that ask for JSON, a page in the site's layout for browsers.
 */
final class ErrorResponses {

	private ErrorResponses() {
	}

	static Object answer(HttpServletRequest request, String path, ProblemDetail problem) {
		if (wantsJson(request, path)) {
			return ResponseEntity.status(problem.getStatus())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		return page(problem);
	}

	static ModelAndView page(ProblemDetail problem) {
		int status = problem.getStatus();
		String view = status == 413 ? "error/413" : status >= 500 ? "error/5xx" : "error/4xx";
		ModelAndView page = new ModelAndView(view, HttpStatus.valueOf(status));
		page.addObject("problem", problem);
		page.addObject("status", status);
		page.addObject("errorTitle", problem.getTitle());
		page.addObject("detail", problem.getDetail());
		page.addObject("reference", problem.getProperties() == null ? null : problem.getProperties().get("reference"));
		page.addObject("me", currentUser());
		return page;
	}

	/**
	 * The language of the answer: a page speaks the reader's; the API and JSON clients get
	 * English, so scripts read the same sentences whatever their environment's language.
	 */
	static Locale locale(HttpServletRequest request, String path) {
		return wantsJson(request, path) ? Language.DEFAULT.locale() : LocaleContextHolder.getLocale();
	}

	static boolean wantsJson(HttpServletRequest request, String path) {
		if (path != null && (path.equals("/api") || path.startsWith("/api/") || path.startsWith("/actuator/"))) {
			return true;
		}
		String accept = request.getHeader("Accept");
		if (accept == null || accept.isBlank()) {
			return false;
		}
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			boolean html = types.stream().anyMatch(type -> type.includes(MediaType.TEXT_HTML) && !type.isWildcardType());
			boolean json = types.stream()
				.anyMatch(type -> !type.isWildcardType() && !type.isWildcardSubtype()
						&& (type.isCompatibleWith(MediaType.APPLICATION_JSON)
								|| type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
			return json && !html;
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static CatchUpUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CatchUpUser user ? user : null;
	}

}
