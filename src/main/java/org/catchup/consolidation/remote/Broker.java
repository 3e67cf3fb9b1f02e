package org.catchup.consolidation.remote;

import java.util.stream.Collectors;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.Connection;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;

/**
 * The RabbitMQ broker of Spring Boot's {@code spring.rabbitmq.*}, as the night's manager and
 * its workers need it: reachable, with the partition queue declared.
 */
public class Broker {

	private final ConnectionFactory connectionFactory;

	private final AmqpAdmin admin;

	private final Queue queue;

	private final String address;

	Broker(ConnectionFactory connectionFactory, AmqpAdmin admin, Queue queue, RabbitConnectionDetails details) {
		this.connectionFactory = connectionFactory;
		this.admin = admin;
		this.queue = queue;
		String virtualHost = details.getVirtualHost() == null ? "" : details.getVirtualHost();
		this.address = details.getAddresses()
			.stream()
			.map(a -> "amqp://" + a.host() + ":" + a.port())
			.collect(Collectors.joining(", ")) + (virtualHost.isEmpty() || virtualHost.equals("/") ? "" : " (virtual host " + virtualHost + ")");
	}

	/** Where the broker is, as the operator configured it: {@code amqp://host:port}. */
	public String address() {
		return address;
	}

	public String queueName() {
		return queue.getName();
	}

	/**
	 * Connects and declares the partition queue (durable; declaring it again is harmless).
	 * @param consequence what the failure means for the command, for its sentence
	 * @throws BrokerUnreachableException naming the broker's address, with what went wrong
	 */
	public void verify(String consequence) {
		try (Connection connection = connectionFactory.createConnection()) {
			if (!connection.isOpen()) {
				throw new IllegalStateException("the connection closed at once");
			}
			admin.declareQueue(queue);
		}
		catch (AmqpException | IllegalStateException ex) {
			throw new BrokerUnreachableException("Catch-Up cannot reach the RabbitMQ broker at " + address + " ("
					+ rootMessage(ex) + "); " + consequence + ". Start the broker, or point SPRING_RABBITMQ_HOST, SPRING_RABBITMQ_PORT "
					+ "(or SPRING_RABBITMQ_ADDRESSES) at the right one, then run the command again.", ex);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
	}

}
