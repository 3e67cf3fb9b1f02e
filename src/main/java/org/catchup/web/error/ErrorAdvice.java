package org.catchup.web.error;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.util.UrlPathHelper;

/**
 * Every exception a controller lets through becomes a problem with a reason: a page for
 * browsers, {@code application/problem+json} for the API. Access decisions stay with Spring
 * Security (sign-in redirect, 401), which is why its exceptions are passed on.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

	private static final UrlPathHelper PATHS = new UrlPathHelper();

	private final Problems problems;

	ErrorAdvice(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void security(Exception ex) throws Exception {
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	Object problem(Exception ex, HttpServletRequest request) {
		String path = PATHS.getPathWithinApplication(request);
		Locale locale = ErrorResponses.locale(request, path);
		ProblemDetail problem = problems.of(ex, path, locale);
		if (problem == null || problem.getStatus() >= 500) {
			problem = problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, null, path, locale);
			ServerFailures.record(problem, problems, locale, request.getMethod() + " " + path, ex, log);
		}
		else {
			log.debug("{} {}: {}", request.getMethod(), path, problem.getDetail());
		}
		return ErrorResponses.answer(request, path, problem);
	}

}
