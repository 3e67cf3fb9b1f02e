package org.catchup.web.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers 403 through the error page, handing it the refusal so the page can say why (Spring
 * Security's own handler keeps the exception only when it forwards to a fixed page).
 */
final class ReasonedAccessDenied implements AccessDeniedHandler {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		if (response.isCommitted()) {
			return;
		}
		request.setAttribute(WebAttributes.ACCESS_DENIED_403, denied);
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

}
