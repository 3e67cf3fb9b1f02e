package org.catchup.jobs;

/**
 * A job was not started because one of its parameters is wrong; the message is one sentence
 * for the person who gave it.
 */
public class InvalidJobParameterException extends IllegalArgumentException {

	private final String parameter;

	InvalidJobParameterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	/** The parameter at fault, e.g. {@code month}. */
	public String parameter() {
		return parameter;
	}

}
