package org.catchup.consolidation.remote;

/**
 * The RabbitMQ broker that carries the night's partitions cannot be reached. Thrown before
 * anything is created or moved; the launcher leaves with exit code 8.
 */
public class BrokerUnreachableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public BrokerUnreachableException(String message, Throwable cause) {
		super(message, cause);
	}

}
