package org.catchup.web.security;

import org.springframework.security.access.AccessDeniedException;

/** A 403 with its reason as a sentence of the message bundles, worded in the language of the answer. */
public class ReasonedAccessDeniedException extends AccessDeniedException {

	private final String messageCode;

	private final Object[] arguments;

	public ReasonedAccessDeniedException(String messageCode, Object... arguments) {
		super(messageCode);
		this.messageCode = messageCode;
		this.arguments = arguments.clone();
	}

	public String messageCode() {
		return messageCode;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
