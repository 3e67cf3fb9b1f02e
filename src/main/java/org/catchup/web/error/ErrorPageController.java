package org.catchup.web.error;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.catchup.web.security.ReasonedAccessDeniedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The container's error page, for what never reached a controller or failed after it: Spring
 * Security's 401 and 403, the server's own refusals (an upload over the size limit), a page
 * that failed while rendering. Same reasons and formats as {@link ErrorAdvice}.
 */
@Controller
@ConditionalOnWebApplication
class ErrorPageController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

	private final Problems problems;

	private final ErrorAttributes errors;

	ErrorPageController(Problems problems, ErrorAttributes errors) {
		this.problems = problems;
		this.errors = errors;
	}

	@RequestMapping("${server.error.path:/error}")
	Object error(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri == null ? request.getRequestURI() : uri.toString();
		path = path.substring(Math.min(path.length(), request.getContextPath().length()));
		Throwable ex = exception(request);
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer value ? value : HttpStatus.NOT_FOUND.value();
		Locale locale = ErrorResponses.locale(request, path);
		ProblemDetail problem = ex == null ? null : problems.of(ex, path, locale);
		if (problem == null) {
			problem = problems.problem(HttpStatus.valueOf(status), reason(request, status, locale), path, locale);
		}
		if (problem.getStatus() >= 500) {
			problem = problems.problem(HttpStatus.valueOf(problem.getStatus()), null, path, locale);
			ServerFailures.record(problem, problems, locale, request.getMethod() + " " + path, ex, log);
		}
		return ErrorResponses.answer(request, path, problem);
	}

	private String reason(HttpServletRequest request, int status, Locale locale) {
		if (status == HttpStatus.CONTENT_TOO_LARGE.value()) {
			return problems.tooLarge(locale);
		}
		if (status == HttpStatus.NOT_FOUND.value()) {
			return null;
		}
		if (status == HttpStatus.FORBIDDEN.value()
				&& request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof AccessDeniedException denied) {
			if (denied instanceof CsrfException) {
				return problems.say(locale, "error.csrf");
			}
			if (denied instanceof ReasonedAccessDeniedException reasoned) {
				return problems.say(locale, reasoned.messageCode(), reasoned.arguments());
			}
			return denied.getMessage() == null || denied.getMessage().equals("Access Denied") ? null
					: denied.getMessage();
		}
		if (status >= 500 || status == HttpStatus.FORBIDDEN.value()) {
			return null;
		}
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		HttpStatus known = HttpStatus.resolve(status);
		String text = message == null ? "" : message.toString();
		return text.isBlank() || (known != null && text.equals(known.getReasonPhrase())) ? null : text;
	}

	private Throwable exception(HttpServletRequest request) {
		Throwable error = errors.getError(new ServletWebRequest(request));
		while (error instanceof jakarta.servlet.ServletException && error.getCause() != null) {
			error = error.getCause();
		}
		return error;
	}

}
