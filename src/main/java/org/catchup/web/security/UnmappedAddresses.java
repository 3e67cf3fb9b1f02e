package org.catchup.web.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The rule for every address no other rule names: a signed-in user may go on when no
 * controller answers it, so a mistyped address ends in "not found"; an address a controller
 * does answer stays refused until a rule names who may use it. Strangers are sent to sign in.
 */
final class UnmappedAddresses implements AuthorizationManager<RequestAuthorizationContext> {

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	UnmappedAddresses(ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		if (!trust.isAuthenticated(authentication.get())) {
			return new AuthorizationDecision(false);
		}
		return new AuthorizationDecision(!answered(context.getRequest()));
	}

	private boolean answered(HttpServletRequest request) {
		Object parsedPath = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		try {
			ServletRequestPathUtils.parseAndCache(request);
			for (RequestMappingHandlerMapping mapping : mappings) {
				if (mapping.getHandler(request) != null) {
					return true;
				}
			}
			return false;
		}
		catch (Exception ex) {
			// a controller answers the address, only not this method or content type
			return true;
		}
		finally {
			request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsedPath);
			request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, pattern);
			request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, variables);
		}
	}

}
